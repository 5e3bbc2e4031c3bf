// SPDX-License-Identifier: Apache-2.0
// ICO: a directory of images, each a PNG or a headerless BMP (DIB) with an AND mask.
#include "branding/images/ByteReader.h"

#include <algorithm>

namespace aih::branding::images {
namespace {

constexpr int maxIcons = 32;
constexpr std::size_t dirEntryBytes = 16;

void checkBitmap(std::string_view image, int entryWidth, int entryHeight)
{
    ByteReader dib(image);
    const auto headerSize = dib.u32le();
    const auto width = static_cast<std::int32_t>(dib.u32le());
    const auto doubledHeight = static_cast<std::int32_t>(dib.u32le());
    const auto planes = dib.u16le();
    const auto bitCount = dib.u16le();
    const auto compression = dib.u32le();
    dib.skip(12);
    const auto coloursUsed = dib.u32le();
    const bool knownDepth =
        bitCount == 1 || bitCount == 4 || bitCount == 8 || bitCount == 16 || bitCount == 24 || bitCount == 32;
    if (headerSize < 40 || headerSize > 124 || planes != 1 || !knownDepth ||
        (compression != 0 && compression != 3)) {
        malformed("an icon's bitmap header is invalid");
    }
    // The stored height covers the colour rows and the AND mask rows.
    if (width != entryWidth || doubledHeight != 2 * entryHeight) {
        malformed("an icon's bitmap does not match its directory entry");
    }
    const auto w = static_cast<std::uint64_t>(width);
    const auto h = static_cast<std::uint64_t>(entryHeight);
    const std::uint64_t palette = bitCount <= 8 ? 4ull * (coloursUsed ? coloursUsed : (1ull << bitCount)) : 0;
    const std::uint64_t colourRows = ((w * bitCount + 31) / 32) * 4 * h;
    const std::uint64_t maskRows = ((w + 31) / 32) * 4 * h;
    if (coloursUsed > 256 || headerSize + palette + colourRows + maskRows > image.size()) {
        malformed("an icon's bitmap is shorter than its header says");
    }
}

} // namespace

ImageInfo inspectIco(std::string_view bytes)
{
    ByteReader in(bytes);
    if (in.u16le() != 0 || in.u16le() != 1) {
        malformed("not an icon directory");
    }
    const auto count = in.u16le();
    if (count < 1 || count > maxIcons) {
        malformed("an icon file must hold 1 to 32 images");
    }
    const std::size_t directoryEnd = 6 + dirEntryBytes * count;
    ImageInfo info{ImageType::Ico, 0, 0};
    for (int i = 0; i < count; ++i) {
        const int rawWidth = in.u8();
        const int rawHeight = in.u8();
        const int width = rawWidth == 0 ? 256 : rawWidth; // 0 stands for 256
        const int height = rawHeight == 0 ? 256 : rawHeight;
        in.skip(6); // colour count, reserved, planes, bit count: the image header is authoritative
        const auto size = in.u32le();
        const auto offset = in.u32le();
        if (offset < directoryEnd || size < 40 || std::uint64_t{offset} + size > bytes.size()) {
            malformed("an icon's image lies outside the file");
        }
        const auto image = bytes.substr(offset, size);
        if (image.starts_with("\x89PNG")) {
            const auto png = inspectPng(image);
            if (png.width > 256 || png.height > 256) {
                malformed("an icon's PNG image is larger than 256 pixels");
            }
            info.width = std::max(info.width, png.width);
            info.height = std::max(info.height, png.height);
        } else {
            checkBitmap(image, width, height);
            info.width = std::max(info.width, width);
            info.height = std::max(info.height, height);
        }
    }
    return info;
}

} // namespace aih::branding::images
