// SPDX-License-Identifier: Apache-2.0
// Header decoding for PNG, JPEG and WebP: enough structure to know the file is what it claims
// and how large it will be once a browser decodes it.
#include "branding/images/ByteReader.h"

#include <Poco/Checksum.h>

namespace aih::branding::images {
namespace {

constexpr std::string_view pngSignature{"\x89PNG\r\n\x1a\n", 8};
constexpr std::uint32_t maxDimension = 1u << 24;
constexpr int maxChunks = 4096;

bool validPngDepth(std::uint8_t colourType, std::uint8_t depth)
{
    switch (colourType) {
    case 0:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
        return depth == 8 || depth == 16;
    default:
        return false;
    }
}

int checkedDimension(std::uint32_t value, const char* what)
{
    if (value == 0 || value > maxDimension) {
        malformed(std::string("the image declares an impossible ") + what);
    }
    return static_cast<int>(value);
}

bool isJpegFrameMarker(std::uint8_t marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

} // namespace

ImageInfo inspectPng(std::string_view bytes)
{
    ByteReader in(bytes);
    if (in.take(8) != pngSignature) {
        malformed("not a PNG signature");
    }
    ImageInfo info{ImageType::Png, 0, 0};
    bool sawPalette = false;
    bool sawData = false;
    for (int chunk = 0; chunk < maxChunks; ++chunk) {
        const auto length = in.u32be();
        if (length > 0x7FFFFFFFu) {
            malformed("a PNG chunk length is out of range");
        }
        const auto typeAndData = in.take(4 + std::size_t{length});
        const auto type = typeAndData.substr(0, 4);
        for (const char c : type) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                malformed("a PNG chunk type is not made of letters");
            }
        }
        Poco::Checksum crc(Poco::Checksum::TYPE_CRC32);
        crc.update(typeAndData.data(), static_cast<unsigned>(typeAndData.size()));
        if (crc.checksum() != in.u32be()) {
            malformed("a PNG chunk fails its CRC check");
        }
        ByteReader data(typeAndData, 4);
        if (chunk == 0) {
            if (type != "IHDR" || length != 13) {
                malformed("a PNG must start with its IHDR header");
            }
            info.width = checkedDimension(data.u32be(), "width");
            info.height = checkedDimension(data.u32be(), "height");
            const auto depth = data.u8();
            const auto colourType = data.u8();
            if (!validPngDepth(colourType, depth) || data.u8() != 0 || data.u8() != 0 || data.u8() > 1) {
                malformed("the PNG header holds invalid colour, compression, filter or interlace values");
            }
            sawPalette = colourType != 3;
        } else if (type == "PLTE") {
            sawPalette = true;
        } else if (type == "IDAT") {
            if (!sawPalette) {
                malformed("a palette PNG has image data before its palette");
            }
            sawData = true;
        } else if (type == "IEND") {
            if (!sawData || length != 0) {
                malformed("the PNG has no image data");
            }
            if (!in.atEnd()) {
                // Bytes after IEND are how PNG/HTML and PNG/ZIP polyglots are made.
                malformed("the PNG has data after its end");
            }
            return info;
        } else if (type == "IHDR") {
            malformed("the PNG has a second header");
        }
    }
    malformed("the PNG has too many chunks");
}

ImageInfo inspectJpeg(std::string_view bytes)
{
    ByteReader in(bytes);
    if (in.u16be() != 0xFFD8) {
        malformed("not a JPEG start of image");
    }
    ImageInfo info{ImageType::Jpeg, 0, 0};
    for (int segment = 0; segment < maxChunks; ++segment) {
        if (in.u8() != 0xFF) {
            malformed("a JPEG marker is missing");
        }
        std::uint8_t marker = in.u8();
        while (marker == 0xFF) {
            marker = in.u8(); // fill bytes
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            continue; // markers without a length
        }
        if (marker == 0xD8 || marker == 0xD9 || marker == 0x00) {
            malformed("the JPEG ends or restarts before its image data");
        }
        const auto length = in.u16be();
        if (length < 2) {
            malformed("a JPEG segment length is too short");
        }
        ByteReader segmentData(in.take(length - 2u));
        if (isJpegFrameMarker(marker)) {
            const auto precision = segmentData.u8();
            info.height = checkedDimension(segmentData.u16be(), "height");
            info.width = checkedDimension(segmentData.u16be(), "width");
            const auto components = segmentData.u8();
            if ((precision != 8 && precision != 12 && precision != 16) || components < 1 || components > 4 ||
                length != 8u + 3u * components) {
                malformed("the JPEG frame header is invalid");
            }
        } else if (marker == 0xDA) {
            if (info.width == 0) {
                malformed("the JPEG has image data before its frame header");
            }
            if (bytes.size() < in.position() + 2 || !bytes.ends_with("\xFF\xD9")) {
                malformed("the JPEG does not end with an end-of-image marker");
            }
            return info;
        }
    }
    malformed("the JPEG has too many segments");
}

ImageInfo inspectWebp(std::string_view bytes)
{
    ByteReader in(bytes);
    if (in.take(4) != "RIFF") {
        malformed("not a RIFF container");
    }
    const auto riffSize = in.u32le();
    if (in.take(4) != "WEBP" || std::size_t{riffSize} + 8 != bytes.size()) {
        malformed("the WebP container size does not match the file");
    }
    ImageInfo info{ImageType::Webp, 0, 0};
    bool sawImage = false;
    for (int chunk = 0; chunk < maxChunks && !in.atEnd(); ++chunk) {
        const auto fourcc = in.take(4);
        const auto size = in.u32le();
        ByteReader payload(in.take(size));
        if (size % 2 == 1 && !in.atEnd()) {
            in.skip(1);
        }
        if (chunk == 0 && fourcc == "VP8 ") {
            const auto tag = payload.u24le();
            if ((tag & 1u) != 0 || ((tag >> 1) & 7u) > 3 || payload.take(3) != "\x9d\x01\x2a") {
                malformed("the VP8 key frame header is invalid");
            }
            info.width = checkedDimension(payload.u16le() & 0x3FFFu, "width");
            info.height = checkedDimension(payload.u16le() & 0x3FFFu, "height");
            sawImage = true;
        } else if (chunk == 0 && fourcc == "VP8L") {
            if (payload.u8() != 0x2F) {
                malformed("the VP8L signature is missing");
            }
            const auto bits = payload.u32le();
            if ((bits >> 29) != 0) {
                malformed("the VP8L version is unknown");
            }
            info.width = checkedDimension((bits & 0x3FFFu) + 1, "width");
            info.height = checkedDimension(((bits >> 14) & 0x3FFFu) + 1, "height");
            sawImage = true;
        } else if (chunk == 0 && fourcc == "VP8X") {
            payload.skip(4);
            info.width = checkedDimension(payload.u24le() + 1, "width");
            info.height = checkedDimension(payload.u24le() + 1, "height");
        } else if (chunk == 0) {
            malformed("the WebP does not start with an image header");
        } else if (fourcc == "VP8 " || fourcc == "VP8L" || fourcc == "ANMF") {
            sawImage = true;
        }
    }
    if (!sawImage || !in.atEnd()) {
        malformed("the WebP holds no image data");
    }
    return info;
}

} // namespace aih::branding::images
