#include "parse_number.h"

#include <gtest/gtest.h>

#include <string>

using funnel::Code;
using funnel::Locale;

namespace {

struct Accepted {
    const char* text;
    Locale locale;
    double value;
    bool percent;
};

struct Refused {
    const char* text;
    Locale locale;
    Code code;
};

const Accepted kAccepted[] = {
    {"1.000", Locale::de, 1000, false},
    {"1,5", Locale::de, 1.5, false},
    {"1.000,5", Locale::de, 1000.5, false},
    {"1.234.567", Locale::de, 1234567, false},
    {"1,000", Locale::en, 1000, false},
    {"1.5", Locale::en, 1.5, false},
    {"1,234,567.25", Locale::en, 1234567.25, false},
    {"1,000", Locale::de, 1, false},  // a German decimal comma
    {"25 %", Locale::de, 0.25, true},
    {"25%", Locale::en, 0.25, true},
    {"12,5 %", Locale::de, 0.125, true},
    {"7 %", Locale::de, 0.07, true},
    {"25\u00A0%", Locale::de, 0.25, true},  // no-break space before %
    {"1 000", Locale::de, 1000, false},
    {"1\u00A0000", Locale::en, 1000, false},
    {"1\u202F000", Locale::de, 1000, false},              // narrow no-break space
    {"1\u2009000\u2009000", Locale::en, 1000000, false},  // thin space
    {"1'000", Locale::de, 1000, false},                   // Swiss
    {"  42  ", Locale::en, 42, false},
    {"\u00A042\t", Locale::de, 42, false},
    {"\u22125", Locale::de, -5, false},  // U+2212 minus
    {"-5", Locale::en, -5, false},
    {"+5", Locale::en, 5, false},
    {",5", Locale::de, 0.5, false},
    {"5,", Locale::de, 5, false},  // mid-typing "5,2"
    {"0", Locale::de, 0, false},
    {"-0", Locale::de, 0, false},
    {"007", Locale::en, 7, false},
    {"9.007.199.254.740.991", Locale::de, 9007199254740991.0, false},
    {"0,0000000000000000000000000000001", Locale::de, 1e-31, false},
};

const Refused kRefused[] = {
    {"", Locale::de, Code::empty},
    {"   ", Locale::en, Code::empty},
    {"%", Locale::de, Code::empty},
    {"abc", Locale::de, Code::invalid_character},
    {"12a", Locale::en, Code::invalid_character},
    {"1e999", Locale::en, Code::invalid_character},
    {"\xF0\x9F\x98\x80", Locale::de, Code::invalid_character},  // an emoji
    {"<img src=x onerror=alert(1)>", Locale::de, Code::invalid_character},
    {"NaN", Locale::en, Code::not_finite},
    {"nan", Locale::de, Code::not_finite},
    {"Infinity", Locale::en, Code::not_finite},
    {"-Infinity", Locale::de, Code::not_finite},
    {"\u221E", Locale::de, Code::not_finite},
    {"1,2,3", Locale::de, Code::misplaced_separator},
    {"1.2.3", Locale::en, Code::misplaced_separator},
    {"1.2.3", Locale::de, Code::misplaced_separator},
    {"0.5", Locale::de, Code::misplaced_separator},  // English decimal on a German page
    {"1.00", Locale::de, Code::misplaced_separator},
    {"0.500", Locale::de, Code::misplaced_separator},  // not 500
    {"012.345", Locale::de, Code::misplaced_separator},
    {"0,500", Locale::en, Code::misplaced_separator},
    {"1.0000", Locale::de, Code::misplaced_separator},
    {"1000.", Locale::de, Code::misplaced_separator},
    {".5", Locale::de, Code::misplaced_separator},
    {"1,000 000", Locale::en, Code::misplaced_separator},  // two kinds of grouping
    {"1.000,5.5", Locale::de, Code::misplaced_separator},
    {",", Locale::de, Code::misplaced_separator},
    {"- 5", Locale::de, Code::misplaced_separator},
    {"5-", Locale::de, Code::invalid_character},
    {"9007199254740992", Locale::en, Code::out_of_range},
    {"99999999999999999", Locale::en, Code::out_of_range},
};

}  // namespace

TEST(ParseNumber, AcceptsGermanAndEnglishSpellings) {
    for (const auto& row : kAccepted) {
        const auto parsed = funnel::parseNumber(row.text, row.locale);
        ASSERT_TRUE(parsed.ok) << row.text << " -> " << funnel::codeName(parsed.code);
        EXPECT_EQ(parsed.value, row.value) << row.text;
        EXPECT_EQ(parsed.percent, row.percent) << row.text;
    }
}

TEST(ParseNumber, RefusesWithTheRightCode) {
    for (const auto& row : kRefused) {
        const auto parsed = funnel::parseNumber(row.text, row.locale);
        EXPECT_FALSE(parsed.ok) << row.text << " parsed as " << parsed.value;
        EXPECT_EQ(funnel::codeName(parsed.code), std::string(funnel::codeName(row.code))) << row.text;
    }
}

TEST(ParseNumber, ATenThousandDigitNumberIsOutOfRangeNotInfinity) {
    const auto parsed = funnel::parseNumber(std::string(10000, '9'), Locale::de);
    EXPECT_FALSE(parsed.ok);
    EXPECT_EQ(parsed.code, Code::out_of_range);
}

TEST(ParseNumber, ATenThousandDigitFractionIsFine) {
    const auto parsed = funnel::parseNumber("0," + std::string(10000, '3'), Locale::de);
    ASSERT_TRUE(parsed.ok);
    EXPECT_EQ(parsed.value, 1.0 / 3);
}

TEST(ParsePercent, ReadsPlainNumbersAsPercent) {
    EXPECT_EQ(funnel::parsePercent("25", Locale::de).value, 0.25);
    EXPECT_EQ(funnel::parsePercent("25 %", Locale::de).value, 0.25);
    EXPECT_EQ(funnel::parsePercent("7", Locale::en).value, 0.07);
    EXPECT_EQ(funnel::parsePercent("12,5", Locale::de).value, 0.125);
    EXPECT_EQ(funnel::parsePercent("abc", Locale::de).code, Code::invalid_character);
}

TEST(ParseNumber, MessagesSpeakThePageLanguage) {
    EXPECT_STREQ(funnel::message(Code::empty, Locale::de), "Bitte geben Sie eine Zahl ein.");
    EXPECT_STREQ(funnel::message(Code::empty, Locale::en), "Please enter a number.");
}
