#include "decimal.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

using funnel::Decimal;
using funnel::shortestDecimal;

namespace {

std::string spell(const Decimal& decimal) {
    return std::to_string(decimal.digits) + "e" + std::to_string(decimal.exponent);
}

// libstdc++'s std::to_chars(double) is an independent shortest round-trip
// implementation (Ryu): our digits must match it exactly.
std::string oracle(double value) {
    char buffer[64];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific).ptr;
    std::string text(buffer, end);
    const auto e = text.find('e');
    std::string mantissa = text.substr(0, e);
    int exponent = std::stoi(text.substr(e + 1));
    const auto dot = mantissa.find('.');
    if (dot != std::string::npos) {
        exponent -= static_cast<int>(mantissa.size() - dot - 1);
        mantissa.erase(dot, 1);
    }
    while (mantissa.size() > 1 && mantissa.back() == '0') {
        mantissa.pop_back();
        ++exponent;
    }
    return mantissa + "e" + std::to_string(exponent);
}

}  // namespace

TEST(ShortestDecimal, ReadsRatesAsPeopleWroteThem) {
    EXPECT_EQ(spell(shortestDecimal(0.07)), "7e-2");
    EXPECT_EQ(spell(shortestDecimal(0.25)), "25e-2");
    EXPECT_EQ(spell(shortestDecimal(0.1)), "1e-1");
    EXPECT_EQ(spell(shortestDecimal(1.0)), "1e0");
    EXPECT_EQ(spell(shortestDecimal(0.3)), "3e-1");
    EXPECT_EQ(spell(shortestDecimal(1.0 / 3)), "3333333333333333e-16");
    EXPECT_EQ(spell(shortestDecimal(1500.0)), "15e2");
}

TEST(ShortestDecimal, HandlesTheExtremesOfDoubles) {
    EXPECT_EQ(spell(shortestDecimal(5e-324)), "5e-324");
    EXPECT_EQ(spell(shortestDecimal(2.2250738585072014e-308)), "22250738585072014e-324");
    EXPECT_EQ(spell(shortestDecimal(1.7976931348623157e308)), "17976931348623157e292");
    EXPECT_EQ(spell(shortestDecimal(9007199254740991.0)), "9007199254740991e0");
    EXPECT_EQ(spell(shortestDecimal(9007199254740992.0)), "9007199254740992e0");
}

TEST(ShortestDecimal, MatchesAnIndependentImplementationOnRandomDoubles) {
    std::mt19937_64 random(20261128);
    for (int i = 0; i < 20000; ++i) {
        std::uint64_t bits = random();
        bits &= ~(std::uint64_t{1} << 63);  // positive
        double value;
        std::memcpy(&value, &bits, sizeof value);
        if (!(value > 0) || !std::isfinite(value)) continue;
        ASSERT_EQ(spell(shortestDecimal(value)), oracle(value)) << "bits " << bits;
    }
}

TEST(ShortestDecimal, MatchesOnRatesWithFewDigits) {
    std::mt19937_64 random(7);
    std::uniform_int_distribution<int> digits(1, 99999);
    std::uniform_int_distribution<int> scale(1, 9);
    for (int i = 0; i < 20000; ++i) {
        double value = digits(random);
        for (int s = scale(random); s > 0; --s) value /= 10;
        ASSERT_EQ(spell(shortestDecimal(value)), oracle(value));
    }
}

TEST(DecimalToDouble, RoundsToTheNearestDouble) {
    EXPECT_EQ(funnel::decimalToDouble(false, "7", "", -2), 0.07);
    EXPECT_EQ(funnel::decimalToDouble(false, "0", "5", 0), 0.5);
    EXPECT_EQ(funnel::decimalToDouble(true, "1000", "25", 0), -1000.25);
    EXPECT_EQ(funnel::decimalToDouble(false, "", "1", 0), 0.1);
    EXPECT_EQ(funnel::decimalToDouble(false, "9007199254740993", "", 0), 9007199254740992.0);
}

TEST(DecimalToDouble, AgreesWithStrtodUpToNineteenDigits) {
    // glibc's strtod rounds correctly: it is the oracle for our own conversion.
    std::mt19937_64 random(53);
    std::uniform_int_distribution<int> length(1, 19);
    std::uniform_int_distribution<int> digit(0, 9);
    std::uniform_int_distribution<int> exponent(-60, 12);
    for (int i = 0; i < 50000; ++i) {
        std::string digits;
        for (int n = length(random); n > 0; --n) digits += static_cast<char>('0' + digit(random));
        const int e = exponent(random);
        const std::string text = digits + "e" + std::to_string(e);
        ASSERT_EQ(funnel::decimalToDouble(false, digits, "", e), std::strtod(text.c_str(), nullptr)) << text;
    }
}

TEST(DecimalToDouble, AgreesWithStrtodOnLongDecimals) {
    // Beyond 19 digits a cut-off with a sticky bit is not enough near halfway points.
    EXPECT_EQ(funnel::decimalToDouble(false, "126225", "333817609462150", 0),
              std::strtod("126225.333817609462150", nullptr));
    std::mt19937_64 random(800);
    std::uniform_int_distribution<int> length(20, 60);
    std::uniform_int_distribution<int> digit(0, 9);
    std::uniform_int_distribution<int> split(1, 8);
    for (int i = 0; i < 50000; ++i) {
        std::string integer;
        std::string fraction;
        const int integerLength = split(random);
        for (int n = length(random); n > 0; --n) {
            (static_cast<int>(integer.size()) < integerLength ? integer : fraction) +=
                static_cast<char>('0' + digit(random));
        }
        const std::string text = integer + "." + fraction;
        ASSERT_EQ(funnel::decimalToDouble(false, integer, fraction, 0), std::strtod(text.c_str(), nullptr)) << text;
    }
}

TEST(DecimalToDouble, RoundsHalfwayCasesToEven) {
    // 2^53 + 1 is halfway between two doubles: ties go to the even 2^53.
    EXPECT_EQ(funnel::decimalToDouble(false, "9007199254740993", "", 0), 9007199254740992.0);
    EXPECT_EQ(funnel::decimalToDouble(false, "9007199254740995", "", 0), 9007199254740996.0);
    // A non-zero digit far behind the halfway point still rounds up.
    EXPECT_EQ(funnel::decimalToDouble(false, "9007199254740993", "00000000000000000001", 0), 9007199254740994.0);
}

// Whole numbers take a shortcut (they are their own shortest decimal below 2^53).
TEST(ShortestDecimal, MatchesOnWholeNumbersUpToAndPast2To53) {
    std::mt19937_64 random(53);
    for (int i = 0; i < 20000; ++i) {
        const int bits = 1 + static_cast<int>(random() % 60);
        const double value = static_cast<double>((random() >> (64 - bits)) | 1);
        ASSERT_EQ(spell(shortestDecimal(value)), oracle(value)) << value;
        const double round = std::pow(10.0, static_cast<int>(random() % 22)) * static_cast<double>(1 + random() % 999);
        ASSERT_EQ(spell(shortestDecimal(round)), oracle(round)) << round;
    }
}
