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
