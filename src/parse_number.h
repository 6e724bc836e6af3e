// Reading numbers the way people type them in German or English.
#pragma once

#include <string_view>

#include "issue.h"

namespace funnel {

struct ParsedNumber {
    bool ok = false;
    double value = 0;      // a percentage is already divided by 100
    bool percent = false;  // the text ended in "%"
    Code code = Code::empty;
};

// de: "1.000" = 1000, "1,5" = 1.5; en: "1,000" = 1000, "1.5" = 1.5.
// Spaces (plain, no-break, thin), and ' as in Swiss "1'000", group thousands
// in both. "25 %" = 0.25 with percent set. U+2212 minus works like "-".
// The magnitude must stay within 2^53 - 1, so the value is never Infinity.
ParsedNumber parseNumber(std::string_view text, Locale locale);

// For a field that is labelled in percent: "25" and "25 %" both mean 0.25.
ParsedNumber parsePercent(std::string_view text, Locale locale);

// The text without the spaces around it that a number may have (plain,
// no-break, thin, tab, line breaks).
std::string_view trimSpaces(std::string_view text);

// The number times 10^exponent, exactly as typed: "2,5" with 6 is 2500000
// (a magnitude word, read_field.h). A "%" still divides by 100 instead.
ParsedNumber parseScaled(std::string_view text, Locale locale, int exponent);

}  // namespace funnel
