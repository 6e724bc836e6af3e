#include "format_number.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "decimal.h"

namespace funnel {
namespace {

struct Rounding {
    bool percent = false;
    int maxFraction = -1;     // -1: no limit of this kind
    int maxSignificant = -1;  // with both: whichever keeps more digits (Intl's "morePrecision")
    bool grouping = true;
    bool sign = true;  // a percentage ends in "%"
};

// One style a line, read as the table it is.
// clang-format off
Rounding roundingOf(NumberStyle style) {
    switch (style) {
        case NumberStyle::whole: return {false, 0, -1};
        case NumberStyle::oneDecimal: return {false, 1, -1};
        case NumberStyle::shortDecimal: return {false, -1, 6};
        case NumberStyle::exact: return {false, 20, -1};
        case NumberStyle::percent: return {true, 1, 2};
        case NumberStyle::precisePercent: return {true, -1, 4};
        case NumberStyle::wholePercent: return {true, 0, -1};
        case NumberStyle::exactPercent: return {true, 18, -1};
        case NumberStyle::plain: return {false, 4, -1, false};
        case NumberStyle::plainPercent: return {true, 2, -1, false, false};
    }
    return {};
}
// clang-format on

// A decimal as its digits ("1234", no leading zeros) and the place of the last
// one: digits * 10^place.
struct Digits {
    std::string digits;
    int place = 0;
};

// Keeps the digits at `place` and above, half away from zero: the first digit
// dropped decides, since every digit below it is exact.
Digits roundAt(Digits number, int place) {
    const int dropped = place - number.place;
    if (dropped <= 0) return number;
    const int size = static_cast<int>(number.digits.size());
    if (dropped > size) return {"", place};  // below half of 10^place
    const bool up = number.digits[static_cast<std::size_t>(size - dropped)] >= '5';
    number.digits.resize(static_cast<std::size_t>(size - dropped));
    number.place = place;
    if (up) {
        int at = static_cast<int>(number.digits.size()) - 1;
        for (; at >= 0 && number.digits[static_cast<std::size_t>(at)] == '9'; --at) {
            number.digits[static_cast<std::size_t>(at)] = '0';
        }
        if (at >= 0)
            ++number.digits[static_cast<std::size_t>(at)];
        else
            number.digits.insert(number.digits.begin(), '1');
    }
    return number;
}

int roundingPlace(const Digits& number, const Rounding& rounding) {
    // The place of the leading digit: 10^lead <= value < 10^(lead + 1).
    const int lead = number.place + static_cast<int>(number.digits.size()) - 1;
    const int byFraction = -rounding.maxFraction;
    const int bySignificance = lead - rounding.maxSignificant + 1;
    if (rounding.maxSignificant < 0) return byFraction;
    if (rounding.maxFraction < 0) return bySignificance;
    return std::min(byFraction, bySignificance);  // every style limits one or both
}

std::string spelled(Digits number, Locale locale, bool grouping) {
    // Drop trailing zeros below the decimal point; pad zeros up to it.
    while (number.place < 0 && !number.digits.empty() && number.digits.back() == '0') {
        number.digits.pop_back();
        ++number.place;
    }
    if (number.digits.empty()) return "0";
    if (number.place > 0) {
        number.digits.append(static_cast<std::size_t>(number.place), '0');
        number.place = 0;
    }
    const int fractionSize = -number.place;
    if (static_cast<int>(number.digits.size()) <= fractionSize) {
        number.digits.insert(0, static_cast<std::size_t>(fractionSize + 1) - number.digits.size(), '0');
    }
    const std::size_t integerSize = number.digits.size() - static_cast<std::size_t>(fractionSize);
    const char group = locale == Locale::de ? '.' : ',';
    const char point = locale == Locale::de ? ',' : '.';
    std::string text;
    for (std::size_t i = 0; i < integerSize; ++i) {
        if (grouping && i > 0 && (integerSize - i) % 3 == 0) text += group;
        text += number.digits[i];
    }
    if (fractionSize > 0) {
        text += point;
        text.append(number.digits, integerSize, std::string::npos);
    }
    return text;
}

}  // namespace

NumberStyle numberStyleFromName(std::string_view name) {
    static const std::pair<std::string_view, NumberStyle> kNames[] = {
        {"whole", NumberStyle::whole},
        {"oneDecimal", NumberStyle::oneDecimal},
        {"shortDecimal", NumberStyle::shortDecimal},
        {"exact", NumberStyle::exact},
        {"percent", NumberStyle::percent},
        {"precisePercent", NumberStyle::precisePercent},
        {"wholePercent", NumberStyle::wholePercent},
        {"exactPercent", NumberStyle::exactPercent},
        {"plain", NumberStyle::plain},
        {"plainPercent", NumberStyle::plainPercent},
    };
    for (const auto& [known, style] : kNames) {
        if (known == name) return style;
    }
    return NumberStyle::exact;
}

std::string formatNumber(double value, Locale locale, NumberStyle style) {
    if (!std::isfinite(value)) return "\u2013";
    const Rounding rounding = roundingOf(style);
    Digits number;
    if (value != 0) {
        const Decimal shortest = shortestDecimal(std::fabs(value));
        number = {std::to_string(shortest.digits), shortest.exponent + (rounding.percent ? 2 : 0)};
        number = roundAt(number, roundingPlace(number, rounding));
    }
    std::string text = (std::signbit(value) ? "-" : "") + spelled(number, locale, rounding.grouping);
    if (rounding.percent && rounding.sign) text += locale == Locale::de ? "\u00a0%" : "%";
    return text;
}

}  // namespace funnel
