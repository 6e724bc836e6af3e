#include "unicode_text.h"

#include <cstdint>

namespace funnel {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// The code point at `at`, advancing past it; an ill-formed byte reads as U+FFFD.
char32_t next(std::string_view text, std::size_t& at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead < 0x80         ? 1
                               : (lead >> 5) == 6  ? 2
                               : (lead >> 4) == 14 ? 3
                               : (lead >> 3) == 30 ? 4
                                                   : 0;
    if (length == 0 || at + length > text.size()) {
        ++at;
        return kReplacement;
    }
    char32_t codePoint = length == 1 ? lead : lead & (0xFFu >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        const auto continuation = static_cast<unsigned char>(text[at + k]);
        if ((continuation & 0xC0) != 0x80) {
            ++at;
            return kReplacement;
        }
        codePoint = (codePoint << 6) | (continuation & 0x3F);
    }
    constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < kSmallest[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        ++at;
        return kReplacement;
    }
    at += length;
    return codePoint;
}

struct Range {
    char32_t first;
    char32_t last;
};

// Characters that leave no mark: Unicode's White_Space, the C0 and C1
// controls, and the Default_Ignorable_Code_Point characters (zero-width
// spaces and joiners, bidi controls, soft hyphen, variation selectors, tags),
// plus the blanks that fonts draw empty (Hangul fillers, Braille blank).
constexpr Range kInvisible[] = {
    {0x0000, 0x0020}, {0x007F, 0x00A0},   {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x061C, 0x061C}, {0x115F, 0x1160},
    {0x1680, 0x1680}, {0x17B4, 0x17B5},   {0x180B, 0x180F},   {0x2000, 0x200F},   {0x2028, 0x202F}, {0x205F, 0x206F},
    {0x2800, 0x2800}, {0x3000, 0x3000},   {0x3164, 0x3164},   {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0},
    {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
};

bool isInvisible(char32_t c) {
    for (const Range& range : kInvisible) {
        if (c >= range.first && c <= range.last) return true;
    }
    return false;
}

bool isLineBreak(char32_t c) { return (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029; }

}  // namespace

bool isValidUtf8(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        // U+FFFD itself is well-formed: only a one-byte step marks an ill-formed byte.
        if (next(text, at) == kReplacement && at == start + 1) return false;
    }
    return true;
}

void appendWellFormed(std::string& out, std::string_view text, AsciiWriter ascii) {
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        const char32_t c = next(text, at);
        if (c == 0 || (c == kReplacement && at == start + 1))
            out += "\xEF\xBF\xBD";
        else if (c < 0x80)
            ascii(text, start, out);
        else
            out.append(text, start, at - start);
    }
}

std::string wellFormed(std::string_view text) {
    std::string out;
    appendWellFormed(out, text, [](std::string_view from, std::size_t at, std::string& to) { to += from[at]; });
    return out;
}

TextShape shapeOf(std::string_view utf8) {
    TextShape shape;
    for (std::size_t at = 0; at < utf8.size(); ++shape.characters) {
        const auto byte = static_cast<unsigned char>(utf8[at]);
        const char32_t c = byte < 0x80 ? utf8[at++] : next(utf8, at);
        shape.visible = shape.visible || !isInvisible(c);
        shape.lineBreak = shape.lineBreak || isLineBreak(c);
    }
    return shape;
}

}  // namespace funnel
