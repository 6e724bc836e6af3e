#include "exact_ratio.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace funnel;

namespace {
constexpr std::uint64_t kLimit = (std::uint64_t{1} << 53) - 1;
}

TEST(ExactRatio, SevenCustomersAtSevenPercentNeedExactlyOneHundred) {
    EXPECT_EQ(divideRoundingUp(7, ratioOfDecimal(shortestDecimal(0.07)), kLimit), 100u);
}

TEST(ExactRatio, TwentyOneCustomersAtThirtyFivePercentNeedSixtyWhereFloatsSay61) {
    volatile double rate = 0.35;  // keep the compiler from folding the float division
    EXPECT_EQ(std::ceil(21 / rate), 61.0);
    EXPECT_EQ(divideRoundingUp(21, ratioOfDecimal(shortestDecimal(0.35)), kLimit), 60u);
}

TEST(ExactRatio, OneOfThreeGivesExactlyThreeTimes) {
    for (std::uint64_t goal : {1u, 2u, 7u, 100u, 3000001u}) {
        EXPECT_EQ(divideRoundingUp(goal, ratioOfCounts(1, 3), kLimit), 3 * goal);
    }
}

TEST(ExactRatio, RoundsUpToTheNextWholeLead) {
    EXPECT_EQ(divideRoundingUp(10, ratioOfCounts(3, 7), kLimit), 24u);  // 23.33...
    EXPECT_EQ(divideRoundingUp(50, ratioOfCounts(500, 1000), kLimit), 100u);
    EXPECT_EQ(divideRoundingUp(100, ratioOfCounts(1000, 4000), kLimit), 400u);
    EXPECT_EQ(divideRoundingUp(1, ratioOfDecimal(shortestDecimal(0.3)), kLimit), 4u);
}

TEST(ExactRatio, RefusesAnythingAboveTheLimit) {
    EXPECT_EQ(divideRoundingUp(kLimit, ratioOfCounts(1, 1), kLimit), kLimit);
    EXPECT_FALSE(divideRoundingUp(kLimit, ratioOfCounts(1, 2), kLimit).has_value());
    EXPECT_FALSE(divideRoundingUp(1, ratioOfDecimal(shortestDecimal(1e-300)), kLimit).has_value());
    // Just below the limit, a remainder must not round past it.
    EXPECT_FALSE(divideRoundingUp(kLimit, ratioOfCounts(kLimit - 1, kLimit), kLimit).has_value());
}

TEST(ExactRatio, RevenueDividedByDealValueIsExactDecimal) {
    const auto d = [](double value) { return shortestDecimal(value); };
    EXPECT_EQ(divideRoundingUp(d(100000), d(2000), kLimit), 50u);
    EXPECT_EQ(divideRoundingUp(d(21000), d(350), kLimit), 60u);
    EXPECT_EQ(divideRoundingUp(d(21), d(0.35), kLimit), 60u);  // a float ceiling says 61
    EXPECT_EQ(divideRoundingUp(d(100001), d(2000), kLimit), 51u);
    EXPECT_EQ(divideRoundingUp(d(1), d(1e300), kLimit), 1u);
    EXPECT_FALSE(divideRoundingUp(d(1e300), d(1), kLimit).has_value());
}
