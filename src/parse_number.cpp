#include "parse_number.h"

#include <cmath>
#include <string>

#include "decimal.h"

namespace funnel {
namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;  // 2^53 - 1
constexpr std::size_t kMaxIntegerDigits = 16;

// The UTF-8 encodings that count as white space around or inside a number.
constexpr std::string_view kSpaces[] = {" ", "\t", "\n", "\r", "\u00A0", "\u202F", "\u2009"};
constexpr std::string_view kMinus = "\u2212";

bool startsWithAny(std::string_view text, std::string_view& matched) {
    for (auto space : kSpaces) {
        if (text.substr(0, space.size()) == space) {
            matched = space;
            return true;
        }
    }
    return false;
}

}  // namespace

std::string_view trimSpaces(std::string_view text) {
    for (std::string_view space;;) {
        if (startsWithAny(text, space)) {
            text.remove_prefix(space.size());
            continue;
        }
        bool trimmed = false;
        for (auto candidate : kSpaces) {
            if (text.size() >= candidate.size() && text.substr(text.size() - candidate.size()) == candidate) {
                text.remove_suffix(candidate.size());
                trimmed = true;
                break;
            }
        }
        if (!trimmed) return text;
    }
}

namespace {

bool equalsIgnoringCase(std::string_view text, std::string_view lowerWord) {
    if (text.size() != lowerWord.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
        if (c != lowerWord[i]) return false;
    }
    return true;
}

bool namesNonFinite(std::string_view text) {
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
    return equalsIgnoringCase(text, "nan") || equalsIgnoringCase(text, "infinity") || equalsIgnoringCase(text, "inf") ||
           text == "\u221E";
}

ParsedNumber failure(Code code) {
    ParsedNumber result;
    result.code = code;
    return result;
}

// The number's digits split at the decimal separator, after checking that
// every thousands separator stands between full groups of three digits.
struct Digits {
    std::string integer;
    std::string fraction;
};

ParsedNumber readDigits(std::string_view body, Locale locale, Digits& out) {
    const char decimalSeparator = locale == Locale::de ? ',' : '.';
    const char groupPunctuation = locale == Locale::de ? '.' : ',';
    std::string_view groupSeparator;  // the first one used; all must match it
    std::size_t groupDigits = 0;      // digits since the last group separator
    bool grouped = false;
    bool afterDecimal = false;
    bool sawSeparatorLast = false;

    while (!body.empty()) {
        const char c = body[0];
        if (c >= '0' && c <= '9') {
            (afterDecimal ? out.fraction : out.integer) += c;
            ++groupDigits;
            sawSeparatorLast = false;
            body.remove_prefix(1);
            continue;
        }
        if (c == decimalSeparator) {
            if (afterDecimal || sawSeparatorLast) return failure(Code::misplaced_separator);
            if (grouped && groupDigits != 3) return failure(Code::misplaced_separator);
            afterDecimal = true;
            body.remove_prefix(1);
            continue;
        }
        std::string_view separator;
        if (c == groupPunctuation || c == '\'') {
            separator = body.substr(0, 1);
        } else if (body.substr(0, 3) == "\u2019") {
            separator = body.substr(0, 3);
        } else if (!startsWithAny(body, separator)) {
            return failure(Code::invalid_character);
        }
        // "0.500" is no thousands grouping: a first group never starts with 0.
        const bool firstGroupOk = !grouped && groupDigits >= 1 && groupDigits <= 3 && out.integer[0] != '0';
        const bool laterGroupOk = grouped && groupDigits == 3 && separator == groupSeparator;
        if (afterDecimal || !(firstGroupOk || laterGroupOk)) return failure(Code::misplaced_separator);
        groupSeparator = separator;
        grouped = true;
        groupDigits = 0;
        sawSeparatorLast = true;
        body.remove_prefix(separator.size());
    }
    if (sawSeparatorLast) return failure(Code::misplaced_separator);
    if (grouped && !afterDecimal && groupDigits != 3) return failure(Code::misplaced_separator);
    if (out.integer.empty() && out.fraction.empty()) {
        return failure(afterDecimal ? Code::misplaced_separator : Code::empty);
    }
    ParsedNumber ok;
    ok.ok = true;
    return ok;
}

ParsedNumber parse(std::string_view text, Locale locale, int defaultExponent) {
    text = trimSpaces(text);
    if (text.empty()) return failure(Code::empty);
    if (namesNonFinite(text)) return failure(Code::not_finite);

    bool negative = false;
    if (text[0] == '-' || text[0] == '+') {
        negative = text[0] == '-';
        text.remove_prefix(1);
    } else if (text.substr(0, kMinus.size()) == kMinus) {
        negative = true;
        text.remove_prefix(kMinus.size());
    }
    bool percent = false;
    if (!text.empty() && text.back() == '%') {
        percent = true;
        text = trimSpaces(text.substr(0, text.size() - 1));
    }

    Digits digits;
    ParsedNumber result = readDigits(text, locale, digits);
    if (!result.ok) return result;

    const auto firstSignificant = digits.integer.find_first_not_of('0');
    const std::size_t integerDigits =
        firstSignificant == std::string::npos ? 0 : digits.integer.size() - firstSignificant;
    if (integerDigits > kMaxIntegerDigits) return failure(Code::out_of_range);

    const int exponent = percent ? -2 : defaultExponent;
    double value = decimalToDouble(negative, digits.integer, digits.fraction, exponent);
    if (!(std::fabs(value) <= kMaxSafeInteger)) return failure(Code::out_of_range);
    if (value == 0) value = 0;  // no "-0" on screen
    result.value = value;
    result.percent = percent;
    return result;
}

}  // namespace

ParsedNumber parseNumber(std::string_view text, Locale locale) { return parse(text, locale, 0); }

ParsedNumber parsePercent(std::string_view text, Locale locale) { return parse(text, locale, -2); }

ParsedNumber parseScaled(std::string_view text, Locale locale, int exponent) { return parse(text, locale, exponent); }

}  // namespace funnel
