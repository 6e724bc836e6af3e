// Exact fractions (fraction.h): decimals as their shortest form, arithmetic and
// comparison without rounding, whole-number ceilings and floors, and doubles
// from numbers far beyond 64 bits.
#include "fraction.h"

#include <gtest/gtest.h>

#include <cmath>

namespace funnel {
namespace {

TEST(Fraction, DecimalsAreTheirShortestFormExactly) {
    // 0.07 is 7/100, so 7 over it is exactly 100 (a double division gives 100.00000000000001).
    const Fraction needed = Fraction::whole(7).over(Fraction::shortest(0.07));
    EXPECT_EQ(needed.ceiling(1000), 100u);
    EXPECT_EQ(needed.floor(1000), 100u);
    EXPECT_TRUE(Fraction::shortest(0.1).plus(Fraction::shortest(0.2)) == Fraction::shortest(0.3));
}

TEST(Fraction, ComparesAndSubtractsExactly) {
    const Fraction third = Fraction::ratio(1, 3);
    EXPECT_TRUE(third.times(Fraction::whole(3)) == Fraction::whole(1));
    EXPECT_TRUE(Fraction::ratio(2, 7) < Fraction::ratio(1, 3));
    EXPECT_TRUE(Fraction::whole(1).minus(third).minus(third).minus(third).isZero());
    EXPECT_EQ(Fraction::ratio(10, 3).floor(100), 3u);
    EXPECT_EQ(Fraction::ratio(10, 3).ceiling(100), 4u);
    EXPECT_FALSE(Fraction::whole(200).ceiling(100).has_value());
    EXPECT_EQ(lesser(third, Fraction::ratio(1, 4)).toDouble(), 0.25);
}

TEST(Fraction, GivesTheNearestDoubleOfLongFractions) {
    // (1/3)^40 and 3^40 / 3^40 * 1/3: numerator and denominator far beyond 64 bits.
    Fraction small = Fraction::whole(1);
    Fraction big = Fraction::whole(1);
    for (int i = 0; i < 40; ++i) {
        small = small.times(Fraction::ratio(1, 3));
        big = big.times(Fraction::ratio(3, 1));
    }
    EXPECT_NEAR(small.toDouble(), std::pow(3.0, -40), std::pow(3.0, -40) * 1e-15);
    EXPECT_NEAR(big.times(Fraction::ratio(1, 3)).over(big).toDouble(), 1.0 / 3, 1e-16);
    EXPECT_EQ(Fraction().toDouble(), 0);
}

}  // namespace
}  // namespace funnel
