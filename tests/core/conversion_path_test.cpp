#include "conversion_path.h"

#include <gtest/gtest.h>

#include <boost/math/distributions/beta.hpp>
#include <cmath>

#include "path_rates.h"

using funnel::ConversionPath;
using funnel::testing::fixed;
using funnel::testing::measured;

TEST(ConversionPath, FixedRatesMultiply) {
    const ConversionPath path({fixed(0.5), fixed(0.25)});
    EXPECT_TRUE(path.certain());
    EXPECT_NEAR(path.fixedLog(), std::log(0.125), 1e-15);
    EXPECT_DOUBLE_EQ(path.meanRate(), 0.125);
    EXPECT_EQ(path.logSurvival(std::log(0.12)), 1);
    EXPECT_EQ(path.logSurvival(std::log(0.13)), 0);
}

TEST(ConversionPath, OneMeasuredRateHasTheBetaPosteriorQuantiles) {
    const ConversionPath path({measured(12, 40), fixed(0.5)});
    const boost::math::beta_distribution<> posterior(12.5, 28.5);
    for (double u : {0.01, 0.1, 0.5, 0.9, 0.99}) {
        const double expected = std::log(boost::math::quantile(posterior, u) * 0.5);
        EXPECT_NEAR(path.logQuantile(u), expected, 2e-3) << u;
        EXPECT_NEAR(path.logSurvival(expected), 1 - u, 2e-4) << u;
    }
    EXPECT_NEAR(path.meanRate(), 12.5 / 41 * 0.5, 1e-15);
}

TEST(ConversionPath, TwoMeasuredRatesConvolveTheirLogs) {
    // ln(r1 r2) has mean psi(a1) - psi(a1 + b1) + psi(a2) - psi(a2 + b2) and the summed variances.
    const ConversionPath path({measured(1000, 4000), measured(500, 1000)});
    double mean = 0;
    double second = 0;
    const int points = 20000;
    for (int i = 0; i < points; ++i) {
        const double x = path.logQuantile((i + 0.5) / points);
        mean += x / points;
        second += x * x / points;
    }
    const double expectedMean = boost::math::digamma(1000.5) - boost::math::digamma(4001.0) +
                                boost::math::digamma(500.5) - boost::math::digamma(1001.0);
    const double expectedVariance = boost::math::trigamma(1000.5) - boost::math::trigamma(4001.0) +
                                    boost::math::trigamma(500.5) - boost::math::trigamma(1001.0);
    EXPECT_NEAR(mean, expectedMean, 1e-4);
    EXPECT_NEAR(second - mean * mean, expectedVariance, 0.01 * expectedVariance);
    EXPECT_NEAR(path.logSpread(), std::sqrt(expectedVariance), 1e-9);
}

TEST(ConversionPath, GrowsOneRateAtATimeAsIfBuiltAtOnce) {
    // A plan grows its paths bottom up, a forecast top down: the same rates in
    // another order and by with() must give the same distribution, to the grid.
    const std::vector<funnel::PathRate> rates{measured(1, 5), measured(12, 40), fixed(0.5), measured(1000, 4000),
                                              measured(3, 7)};
    const ConversionPath atOnce(rates);
    ConversionPath grown;
    for (auto rate = rates.rbegin(); rate != rates.rend(); ++rate) grown = grown.with(*rate);
    EXPECT_NEAR(grown.logSpread(), atOnce.logSpread(), 1e-12);
    EXPECT_NEAR(grown.logMean(), atOnce.logMean(), 1e-12);
    EXPECT_NEAR(grown.meanRate(), atOnce.meanRate(), 1e-15);
    for (double u : {0.001, 0.05, 0.5, 0.95, 0.999}) {
        EXPECT_NEAR(grown.logQuantile(u), atOnce.logQuantile(u), 0.02 * atOnce.logSpread()) << u;
    }
}

TEST(ConversionPath, WithLeavesTheShorterPathAsItWas) {
    const ConversionPath one({measured(12, 40)});
    const double before = one.logQuantile(0.3);
    const ConversionPath two = one.with(measured(1, 5));
    EXPECT_EQ(one.logQuantile(0.3), before);
    EXPECT_GT(two.logSpread(), one.logSpread());
    EXPECT_TRUE(ConversionPath().certain());
    EXPECT_FALSE(ConversionPath().with(measured(1, 2)).certain());
}

TEST(ConversionPath, KeepsTheExactLogMeanWhileItsCellsWiden) {
    // From two narrow rates to seven wide ones the cells double several times;
    // merging cells must not move the mean, which is known exactly (merged
    // without that care it drifts by 3e-4 spreads; kept, by 6e-7).
    ConversionPath path({measured(999, 1000), measured(990, 1000)});
    for (int i = 0; i < 5; ++i) path = path.with(measured(1, 5));
    double mean = 0;
    const int points = 100000;
    for (int i = 0; i < points; ++i) mean += path.logQuantile((i + 0.5) / points) / points;
    EXPECT_NEAR(mean, path.logMean(), 2e-5 * path.logSpread());
}
