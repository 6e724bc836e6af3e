// Spellings as Intl.NumberFormat gives them for de-DE and en-US (checked by
// hand against it; tests/node/format.test.mjs compares thousands more with Intl).
#include "format_number.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "parse_number.h"

using funnel::formatNumber;
using funnel::Locale;
using funnel::NumberStyle;

namespace {

TEST(FormatNumber, GroupsThousandsAsEachLanguageDoes) {
    EXPECT_EQ(formatNumber(1234, Locale::de, NumberStyle::whole), "1.234");
    EXPECT_EQ(formatNumber(1234, Locale::en, NumberStyle::whole), "1,234");
    EXPECT_EQ(formatNumber(1234567.25, Locale::de, NumberStyle::oneDecimal), "1.234.567,3");
    EXPECT_EQ(formatNumber(999, Locale::de, NumberStyle::whole), "999");
    EXPECT_EQ(formatNumber(1e21, Locale::en, NumberStyle::whole), "1,000,000,000,000,000,000,000");
}

TEST(FormatNumber, RoundsTheShortestDecimalHalfAwayFromZero) {
    EXPECT_EQ(formatNumber(0.5, Locale::en, NumberStyle::whole), "1");
    EXPECT_EQ(formatNumber(2.5, Locale::en, NumberStyle::whole), "3");
    EXPECT_EQ(formatNumber(0.4, Locale::en, NumberStyle::whole), "0");
    EXPECT_EQ(formatNumber(0.04, Locale::en, NumberStyle::whole), "0");
    // 0.15 is 0.14999999999999999445 as a double; Intl, like a person, reads 0.15.
    EXPECT_EQ(formatNumber(0.15, Locale::en, NumberStyle::oneDecimal), "0.2");
    EXPECT_EQ(formatNumber(9.96, Locale::de, NumberStyle::oneDecimal), "10");
    EXPECT_EQ(formatNumber(-1234.5, Locale::de, NumberStyle::whole), "-1.235");
}

TEST(FormatNumber, KeepsTheMinusOfNegativeZeroAsIntlDoes) {
    EXPECT_EQ(formatNumber(-0.0, Locale::en, NumberStyle::whole), "-0");
    EXPECT_EQ(formatNumber(-0.2, Locale::de, NumberStyle::whole), "-0");
    EXPECT_EQ(formatNumber(0.0, Locale::de, NumberStyle::percent), "0\u00a0%");
}

TEST(FormatNumber, WritesPercentagesWithTheLanguagesSpacing) {
    EXPECT_EQ(formatNumber(0.25, Locale::de, NumberStyle::percent), "25\u00a0%");
    EXPECT_EQ(formatNumber(0.25, Locale::en, NumberStyle::percent), "25%");
    EXPECT_EQ(formatNumber(0.12345, Locale::de, NumberStyle::percent), "12,3\u00a0%");
    EXPECT_EQ(formatNumber(0.07, Locale::de, NumberStyle::exactPercent), "7\u00a0%");
    EXPECT_EQ(formatNumber(0.0725, Locale::en, NumberStyle::exactPercent), "7.25%");
    EXPECT_EQ(formatNumber(1.0 / 3, Locale::de, NumberStyle::precisePercent), "33,33\u00a0%");
    EXPECT_EQ(formatNumber(0.9, Locale::de, NumberStyle::wholePercent), "90\u00a0%");
}

TEST(FormatNumber, NeverRoundsASmallShareToZero) {
    EXPECT_EQ(formatNumber(0.00001, Locale::de, NumberStyle::percent), "0,001\u00a0%");
    EXPECT_EQ(formatNumber(0.000012345, Locale::en, NumberStyle::percent), "0.0012%");
}

TEST(FormatNumber, SpellsEveryDigitOfExactNumbers) {
    EXPECT_EQ(formatNumber(0.1, Locale::en, NumberStyle::exact), "0.1");
    EXPECT_EQ(formatNumber(1e-7, Locale::en, NumberStyle::exact), "0.0000001");
    EXPECT_EQ(formatNumber(1.0 / 3, Locale::de, NumberStyle::exact), "0,3333333333333333");
    EXPECT_EQ(formatNumber(1.0 / 3, Locale::de, NumberStyle::shortDecimal), "0,333333");
    EXPECT_EQ(formatNumber(123456789.5, Locale::en, NumberStyle::shortDecimal), "123,457,000");
}

TEST(FormatNumber, ReadsBackAsTheSameNumber) {
    for (const double value : {0.1, 0.07, 1234.5, 1.0 / 3, 2.0 / 3, 1e15 + 1, 12.5, 0.000123}) {
        for (const Locale locale : {Locale::de, Locale::en}) {
            const auto parsed = funnel::parseNumber(formatNumber(value, locale, NumberStyle::exact), locale);
            ASSERT_TRUE(parsed.ok) << value;
            EXPECT_EQ(parsed.value, value);
        }
    }
}

TEST(FormatNumber, AnswersADashForWhatIsNoNumber) {
    EXPECT_EQ(formatNumber(std::numeric_limits<double>::quiet_NaN(), Locale::de, NumberStyle::whole), "\u2013");
    EXPECT_EQ(formatNumber(HUGE_VAL, Locale::en, NumberStyle::percent), "\u2013");
}

TEST(FormatNumber, ReadsStyleNamesAndFallsBackToExact) {
    EXPECT_EQ(funnel::numberStyleFromName("percent"), NumberStyle::percent);
    EXPECT_EQ(funnel::numberStyleFromName("wholePercent"), NumberStyle::wholePercent);
    EXPECT_EQ(funnel::numberStyleFromName("bogus"), NumberStyle::exact);
}

}  // namespace
