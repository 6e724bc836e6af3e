#include "text_encoding.h"

#include <cstdint>

#include "unicode_text.h"

namespace funnel {
namespace {

// Windows-1252's 0x80 to 0x9F; the five bytes it leaves undefined keep their C1 code point.
constexpr std::uint16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendUtf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

std::string fromUtf16(std::string_view bytes, bool littleEndian) {
    std::string out;
    out.reserve(bytes.size());
    const auto unit = [&](std::size_t i) {
        const auto low = static_cast<unsigned char>(bytes[littleEndian ? i : i + 1]);
        const auto high = static_cast<unsigned char>(bytes[littleEndian ? i + 1 : i]);
        return static_cast<std::uint32_t>(high << 8 | low);
    };
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        std::uint32_t code = unit(i);
        if (code >= 0xD800 && code < 0xDC00 && i + 3 < bytes.size()) {
            const std::uint32_t next = unit(i + 2);
            if (next >= 0xDC00 && next < 0xE000) {
                code = 0x10000 + ((code - 0xD800) << 10) + (next - 0xDC00);
                i += 2;
            } else {
                code = 0xFFFD;
            }
        } else if (code >= 0xD800 && code < 0xE000) {
            code = 0xFFFD;  // a lone surrogate
        }
        appendUtf8(out, code);
    }
    return out;
}

std::string fromWindows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80)
            out += c;
        else
            appendUtf8(out, byte < 0xA0 ? kWindows1252High[byte - 0x80] : byte);
    }
    return out;
}

bool startsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

}  // namespace

const char* encodingName(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::utf8Bom:
            return "utf-8-bom";
        case TextEncoding::utf16le:
            return "utf-16le";
        case TextEncoding::utf16be:
            return "utf-16be";
        case TextEncoding::windows1252:
            return "windows-1252";
        default:
            return "utf-8";
    }
}

DecodedText decodeText(std::string_view bytes) {
    if (startsWith(bytes, "\xEF\xBB\xBF")) return {std::string(bytes.substr(3)), TextEncoding::utf8Bom};
    if (startsWith(bytes, "\xFF\xFE")) return {fromUtf16(bytes.substr(2), true), TextEncoding::utf16le};
    if (startsWith(bytes, "\xFE\xFF")) return {fromUtf16(bytes.substr(2), false), TextEncoding::utf16be};
    if (isValidUtf8(bytes)) return {std::string(bytes), TextEncoding::utf8};
    return {fromWindows1252(bytes), TextEncoding::windows1252};
}

}  // namespace funnel
