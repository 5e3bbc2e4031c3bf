// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/images/ImageInspector.h"

#include <cstdint>
#include <string_view>

namespace aih::branding::images {

/// Bounds-checked reads over untrusted bytes; running past the end is a malformed image.
class ByteReader
{
public:
    explicit ByteReader(std::string_view bytes, std::size_t offset = 0) : bytes_(bytes), pos_(offset) {}

    std::size_t position() const { return pos_; }
    std::size_t remaining() const { return pos_ <= bytes_.size() ? bytes_.size() - pos_ : 0; }
    bool atEnd() const { return remaining() == 0; }

    std::uint8_t u8() { return static_cast<std::uint8_t>(take(1)[0]); }
    std::uint16_t u16be() { return static_cast<std::uint16_t>(big(take(2))); }
    std::uint32_t u32be() { return static_cast<std::uint32_t>(big(take(4))); }
    std::uint16_t u16le() { return static_cast<std::uint16_t>(little(take(2))); }
    std::uint32_t u24le() { return static_cast<std::uint32_t>(little(take(3))); }
    std::uint32_t u32le() { return static_cast<std::uint32_t>(little(take(4))); }

    std::string_view take(std::size_t count)
    {
        if (count > remaining()) {
            throw ImageRejected(ImageRejected::Reason::Malformed, "the image ends before its structure does");
        }
        const auto out = bytes_.substr(pos_, count);
        pos_ += count;
        return out;
    }

    void skip(std::size_t count) { take(count); }

private:
    static std::uint64_t big(std::string_view bytes)
    {
        std::uint64_t value = 0;
        for (const char c : bytes) {
            value = (value << 8) | static_cast<std::uint8_t>(c);
        }
        return value;
    }

    static std::uint64_t little(std::string_view bytes)
    {
        std::uint64_t value = 0;
        for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
            value = (value << 8) | static_cast<std::uint8_t>(*it);
        }
        return value;
    }

    std::string_view bytes_;
    std::size_t pos_;
};

[[noreturn]] inline void malformed(const std::string& message)
{
    throw ImageRejected(ImageRejected::Reason::Malformed, message);
}

ImageInfo inspectPng(std::string_view bytes);
ImageInfo inspectJpeg(std::string_view bytes);
ImageInfo inspectWebp(std::string_view bytes);
ImageInfo inspectIco(std::string_view bytes);

} // namespace aih::branding::images
