// SPDX-License-Identifier: Apache-2.0
// Fuzz target `image`: uploaded bytes through inspectImage (PNG, JPEG, WebP and ICO headers).
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but ImageRejected escapes;
//  - an accepted image has the type its magic bytes name, and dimensions within 1..2^24
//    (an icon's within 1..256);
//  - an accepted PNG, JPEG or WebP followed by markup is refused: no polyglot gets through.
#include "branding/images/ImageInspector.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace aih::branding::images;

namespace {

void fail(const char* what, std::string_view bytes)
{
    std::fprintf(stderr, "image: %s (%zu bytes)\n", what, bytes.size());
    std::abort();
}

ImageType typeByMagic(std::string_view bytes)
{
    if (bytes.starts_with("\x89PNG")) {
        return ImageType::Png;
    }
    if (bytes.starts_with("\xFF\xD8")) {
        return ImageType::Jpeg;
    }
    if (bytes.starts_with("RIFF")) {
        return ImageType::Webp;
    }
    return ImageType::Ico;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    ImageInfo info;
    try {
        info = inspectImage(bytes);
    } catch (const ImageRejected&) {
        return 0;
    }
    if (info.type != typeByMagic(bytes)) {
        fail("the accepted type is not the one the magic bytes name", bytes);
    }
    const int limit = info.type == ImageType::Ico ? 256 : 1 << 24;
    if (info.width < 1 || info.height < 1 || info.width > limit || info.height > limit) {
        fail("the accepted dimensions are out of range", bytes);
    }
    if (mediaTypeOf(info.type).substr(0, 6) != "image/") {
        fail("the media type is not an image type", bytes);
    }
    if (info.type != ImageType::Ico) {
        try {
            (void)inspectImage(std::string(bytes) + "<html><script>alert(1)</script></html>");
            fail("an image followed by markup was accepted", bytes);
        } catch (const ImageRejected&) {
        }
    }
    return 0;
}
