#include "forecast.h"

#include <gtest/gtest.h>

#include <boost/math/distributions/binomial.hpp>

#include "conversion_inputs.h"

using namespace funnel;
using funnel::testing::counts;
using funnel::testing::rate;

TEST(Forecast, ExpectsThePosteriorMeanAndBracketsIt) {
    ForecastRequest request;
    request.conversions = {counts(1000, 4000), counts(500, 1000)};
    request.stageName = "MQL";
    request.count = 300;
    const ForecastResult result = forecast(request);
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.stages.size(), 3u);
    EXPECT_EQ(result.stages[0].expected, 300);
    EXPECT_NEAR(result.stages[1].expected, 300 * 1000.5 / 4001, 1e-9);
    EXPECT_NEAR(result.stages[2].expected, 300 * (1000.5 / 4001) * (500.5 / 1001), 1e-9);
    for (std::size_t i = 1; i < 3; ++i) {
        EXPECT_LT(result.stages[i].low, result.stages[i].expected);
        EXPECT_GT(result.stages[i].high, result.stages[i].expected);
    }
}

TEST(Forecast, AFixedRateGivesTheBinomialPercentiles) {
    ForecastRequest request;
    request.stages = {"SQL", "Customer"};
    request.conversions = {rate(0.3)};
    request.stageIndex = 0;
    request.count = 500;
    const ForecastResult result = forecast(request);
    // The q-quantile is the smallest x with P(X <= x) >= q.
    const boost::math::binomial binomial(500, 0.3);
    const auto cdf = [&](std::uint64_t x) { return boost::math::cdf(binomial, static_cast<double>(x)); };
    const std::uint64_t low = result.stages[1].low;
    const std::uint64_t high = result.stages[1].high;
    EXPECT_GE(cdf(low), 0.1);
    EXPECT_LT(cdf(low - 1), 0.1);
    EXPECT_GE(cdf(high), 0.9);
    EXPECT_LT(cdf(high - 1), 0.9);
}

TEST(Forecast, AllConvertedSoFarCanMeanAllConvertAgain) {
    // 10 of 10: P(all 1000 convert) = E[p^1000] is about 0.10, so the 90th percentile is 1000.
    ForecastRequest request;
    request.stages = {"SQL", "Customer"};
    request.conversions = {counts(10, 10)};
    request.stageName = "SQL";
    request.count = 1000;
    EXPECT_EQ(forecast(request).stages[1].high, 1000u);
}

TEST(Forecast, ReportsAnUnknownStageAndABadCount) {
    ForecastRequest request;
    request.conversions = {counts(1000, 4000), counts(500, 1000)};
    request.stageName = "Lead";
    request.count = -3;
    const ForecastResult result = forecast(request);
    ASSERT_EQ(result.errors.size(), 2u);
    EXPECT_EQ(result.errors[0].field, "volume.stage");
    EXPECT_EQ(result.errors[0].code, Code::unknown_stage);
    EXPECT_EQ(result.errors[1].field, "volume.count");
    request.stageName.clear();
    request.stageIndex = 2;  // the bottom stage: nothing below, but valid
    request.count = 7;
    EXPECT_EQ(forecast(request).stages.size(), 1u);
    request.stageIndex = 3;
    EXPECT_FALSE(forecast(request).ok);
}

// Issue 14, item 9: what the expected customers are worth, and how they compare with the goal.
TEST(Forecast, GivesTheRevenueTheCustomersBring) {
    ForecastRequest request;
    request.stages = {"SQL", "Customer"};
    request.conversions = {rate(0.3)};
    request.stageIndex = 0;
    request.count = 500;
    EXPECT_FALSE(forecast(request).revenue);
    request.dealValue = 24900;
    const ForecastResult result = forecast(request);
    ASSERT_TRUE(result.revenue);
    EXPECT_EQ(result.revenue->dealValue, 24900);
    EXPECT_NEAR(result.revenue->expected, 150 * 24900.0, 1e-6);
    EXPECT_EQ(result.revenue->low, static_cast<double>(result.stages[1].low) * 24900);
    EXPECT_EQ(result.revenue->high, static_cast<double>(result.stages[1].high) * 24900);
    request.dealValue = -1;
    EXPECT_FALSE(forecast(request).ok);
}

TEST(Forecast, ComparesWithTheGoalAndItsChance) {
    ForecastRequest request;
    request.stages = {"SQL", "Customer"};
    request.conversions = {rate(0.3)};
    request.stageIndex = 0;
    request.count = 500;
    request.goal = Goal{false, 150, 0, 0};
    ForecastResult result = forecast(request);
    ASSERT_TRUE(result.goal);
    EXPECT_EQ(result.goal->customers, 150u);
    EXPECT_NEAR(result.goal->share, 1.0, 1e-12);
    // P(Binomial(500, 0.3) >= 150), from Boost.
    const boost::math::binomial binomial(500, 0.3);
    EXPECT_NEAR(result.goal->probability, 1 - boost::math::cdf(binomial, 149.0), 1e-3);
    // A revenue goal: 900.000 / 24.900 -> 37 customers; its deal value prices the forecast.
    request.goal = Goal{true, 0, 900000, 24900};
    result = forecast(request);
    EXPECT_EQ(result.goal->customers, 37u);
    EXPECT_EQ(result.revenue->dealValue, 24900);
    EXPECT_GT(result.goal->probability, 0.999);
    // A goal still being typed (0, or not whole) compares with nothing and blocks nothing.
    request.goal = Goal{false, 2.5, 0, 0};
    result = forecast(request);
    EXPECT_TRUE(result.ok);
    EXPECT_FALSE(result.goal);
}
