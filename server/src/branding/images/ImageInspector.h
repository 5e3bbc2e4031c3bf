// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace aih::branding::images {

enum class ImageType
{
    Png,
    Jpeg,
    Webp,
    Ico,
};

struct ImageInfo
{
    ImageType type = ImageType::Png;
    int width = 0;
    int height = 0;
};

/// Why bytes were refused. `Unsupported`: not one of the accepted formats at all (HTML, GIF,
/// a renamed text file); `Svg`: SVG, which can carry script and is refused by policy;
/// `Malformed`: it starts like an accepted format but its structure does not hold up.
class ImageRejected : public std::runtime_error
{
public:
    enum class Reason
    {
        Unsupported,
        Svg,
        Malformed,
    };
    ImageRejected(Reason reason, const std::string& message) : std::runtime_error(message), reason_(reason) {}
    Reason reason() const { return reason_; }

private:
    Reason reason_;
};

/// Identifies PNG, JPEG, WebP and ICO by content, never by name or declared type, and decodes
/// enough of each to trust it: PNG chunk lengths, CRCs, IHDR fields and nothing after IEND;
/// JPEG markers up to a frame header and the final EOI; the RIFF container and the VP8, VP8L or
/// VP8X header of WebP; every ICO directory entry and the PNG or BMP header it points at.
/// Returns the type and the pixel dimensions the file declares; throws ImageRejected.
ImageInfo inspectImage(std::string_view bytes);

std::string_view mediaTypeOf(ImageType type);

} // namespace aih::branding::images
