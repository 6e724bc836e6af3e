#include "message_pattern.h"

namespace funnel {

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> arguments) {
    std::string text;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                                 pattern[i + 1] >= '0' && pattern[i + 1] <= '9';
        const std::size_t index = placeholder ? static_cast<std::size_t>(pattern[i + 1] - '0') : arguments.size();
        if (index < arguments.size()) {
            text += arguments.begin()[index];
            i += 2;
        } else {
            text += pattern[i];
        }
    }
    return text;
}

std::string quoted(std::string_view text, Locale locale) {
    constexpr std::size_t kLongest = 32;
    std::string shown(text.substr(0, kLongest));
    if (text.size() > kLongest) {
        while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80) shown.pop_back();
        if (!shown.empty() && static_cast<unsigned char>(shown.back()) >= 0xC0) shown.pop_back();
        shown += "\u2026";
    }
    return fill(Pattern{"\u201E{0}\u201C", "\u201C{0}\u201D"}.in(locale), {shown});
}

}  // namespace funnel
