#include "beta.h"

#include <gtest/gtest.h>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <cmath>

// Boost.Math is the oracle here (tests only): the shipped code is our own,
// because Boost would cost about 35 KB gzip in the page (docs/performance.md, "Build choices").

namespace {

struct Parameters {
    double a;
    double b;
};

const Parameters kParameters[] = {
    {0.5, 0.5}, {0.5, 30.5},  {1.5, 0.5}, {5.5, 25.5}, {500.5, 500.5}, {1000.5, 3000.5},
    {3.5, 1e6}, {250.5, 1e5}, {1e5, 1e5}, {12.5, 9.5}, {0.5, 3e6},     {40000.5, 3e6},
};

}  // namespace

TEST(Beta, DistributionFunctionAgreesWithBoost) {
    for (const auto& p : kParameters) {
        const double mean = p.a / (p.a + p.b);
        const double spread = std::sqrt(p.a * p.b / ((p.a + p.b) * (p.a + p.b) * (p.a + p.b + 1)));
        for (double z : {-3.0, -1.5, -0.2, 0.0, 0.7, 2.0, 4.0}) {
            const double x = mean + z * spread;
            if (!(x > 0 && x < 1)) continue;
            const double expected = boost::math::ibeta(p.a, p.b, x);
            EXPECT_NEAR(funnel::regularizedIncompleteBeta(x, p.a, p.b), expected, 1e-10)
                << "a=" << p.a << " b=" << p.b << " x=" << x;
        }
    }
}

TEST(Beta, DistributionFunctionKeepsATinyXExactNextToAHugeB) {
    // Binomial tails of a few customers out of trillions of leads: x near a / b,
    // where working from 1 - x had lost its digits (3e-5 off for a = 1, b = 1.7e13).
    for (double a : {1.0, 5.0, 50.0, 1000.0}) {
        for (double b : {2e6, 1e9, 1.7e13}) {
            for (double z : {-1.0, 0.0, 0.5, 1.0, 3.0}) {
                const double x = (a + z * std::sqrt(a)) / b;
                EXPECT_NEAR(funnel::regularizedIncompleteBeta(x, a, b), boost::math::ibeta(a, b, x), 1e-10)
                    << "a=" << a << " b=" << b << " x=" << x;
                EXPECT_NEAR(funnel::regularizedIncompleteBeta(1 - x, b, a), boost::math::ibeta(b, a, 1 - x), 1e-10)
                    << "mirrored: a=" << b << " b=" << a << " x=" << 1 - x;
            }
        }
    }
}

TEST(Beta, QuantilesAgreeWithBoost) {
    for (const auto& p : kParameters) {
        for (double q : {0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.999}) {
            const double expected = boost::math::ibeta_inv(p.a, p.b, q);
            EXPECT_NEAR(funnel::betaQuantile(q, p.a, p.b), expected, 1e-10 * std::max(expected, 1e-3))
                << "a=" << p.a << " b=" << p.b << " q=" << q;
        }
    }
}

TEST(Beta, QuadratureQuantilesAreExactToTheirSpread) {
    // Inside a quadrature a quantile needs to be right to a small part of the
    // distribution's spread, not to the last bit: within 1e-10 of it here.
    const Parameters binomials[] = {{1, 1e6}, {5, 3},       {50, 1051}, {50, 1e6},   {300, 20},
                                    {999, 2}, {30000, 201}, {2, 2},     {0.5, 30.5}, {1.5, 0.5}};
    for (const auto& p : binomials) {
        const double spread = std::sqrt(p.a * p.b / ((p.a + p.b) * (p.a + p.b) * (p.a + p.b + 1)));
        for (double q : {0.0014, 0.025, 0.3, 0.5, 0.9, 0.9986}) {
            EXPECT_NEAR(funnel::betaQuantileForQuadrature(q, p.a, p.b), boost::math::ibeta_inv(p.a, p.b, q),
                        1e-10 * spread)
                << "a=" << p.a << " b=" << p.b << " q=" << q;
        }
    }
}

TEST(Beta, HugeParametersUseTheirLimitsAccurately) {
    // Skew-normal or Gamma limits: relative error below 5e-7 (of the nearer tail).
    const Parameters huge[] = {{2e7, 6e7}, {4.5e9, 4.5e9}, {1e12, 3e12}, {0.5, 1e9},
                               {3.5, 2e7}, {2e7, 12.5},    {1e6, 1e12},  {0.5, 4e15}};
    for (const auto& p : huge) {
        for (double q : {0.025, 0.5, 0.975}) {
            const double expected = boost::math::ibeta_inv(p.a, p.b, q);
            EXPECT_NEAR(funnel::betaQuantile(q, p.a, p.b), expected, 5e-7 * std::min(expected, 1 - expected))
                << "a=" << p.a << " b=" << p.b << " q=" << q;
        }
    }
}

TEST(Beta, LogBetaStaysAccurateWhereLgammaCancels) {
    for (const auto& p : {Parameters{0.5, 4e15}, Parameters{5.5, 1e12}, Parameters{30, 1e8}, Parameters{2, 3}}) {
        EXPECT_NEAR(funnel::logBeta(p.a, p.b), std::log(boost::math::beta(p.a, p.b)), 1e-9) << p.a << " " << p.b;
    }
}

TEST(Beta, NormalQuantileAgreesWithBoost) {
    boost::math::normal standard;
    for (double q : {1e-10, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999999}) {
        EXPECT_NEAR(funnel::normalQuantile(q), boost::math::quantile(standard, q), 1e-12) << q;
    }
}

TEST(JeffreysInterval, MatchesTheBetaPosteriorQuantiles) {
    // 1000 SQLs from 4000 MQLs: Beta(1000.5, 3000.5).
    const auto interval = funnel::jeffreysInterval(1000, 4000);
    EXPECT_NEAR(interval.low, boost::math::ibeta_inv(1000.5, 3000.5, 0.025), 1e-12);
    EXPECT_NEAR(interval.high, boost::math::ibeta_inv(1000.5, 3000.5, 0.975), 1e-12);
    EXPECT_LT(interval.low, 0.25);
    EXPECT_GT(interval.high, 0.25);
}

TEST(JeffreysInterval, IsOneSidedAtTheEdges) {
    const auto none = funnel::jeffreysInterval(0, 20);
    EXPECT_EQ(none.low, 0.0);
    EXPECT_NEAR(none.high, boost::math::ibeta_inv(0.5, 20.5, 0.975), 1e-12);
    const auto all = funnel::jeffreysInterval(20, 20);
    EXPECT_EQ(all.high, 1.0);
    EXPECT_NEAR(all.low, boost::math::ibeta_inv(20.5, 0.5, 0.025), 1e-12);
}

TEST(JeffreysInterval, NarrowsAsTheSampleGrows) {
    double previousWidth = 1;
    for (std::uint64_t n : {10u, 100u, 1000u, 10000u, 100000u}) {
        const auto interval = funnel::jeffreysInterval(n / 4, n);
        const double width = interval.high - interval.low;
        EXPECT_LT(width, previousWidth) << n;
        previousWidth = width;
    }
}

TEST(JeffreysInterval, HoldsTheRateForCountsInTheTensOfMillions) {
    // Once both Beta parameters pass ten million the quantiles come from a limit, not the continued fraction.
    struct Counts {
        std::uint64_t k, n;
    };
    for (const Counts& c : {Counts{10000005, 20000000}, Counts{9000000, 20000001}, Counts{150000, 30000000}}) {
        const auto interval = funnel::jeffreysInterval(c.k, c.n);
        const double rate = static_cast<double>(c.k) / static_cast<double>(c.n);
        EXPECT_LT(interval.low, rate) << c.k << " of " << c.n;
        EXPECT_GT(interval.high, rate) << c.k << " of " << c.n;
        const double a = c.k + 0.5;
        const double b = c.n - c.k + 0.5;
        EXPECT_NEAR(interval.low, boost::math::ibeta_inv(a, b, 0.025), 1e-7 * rate);
        EXPECT_NEAR(interval.high, boost::math::ibeta_inv(a, b, 0.975), 1e-7 * rate);
    }
}

TEST(JeffreysInterval, StaysInsideZeroToOneForTheLargestCounts) {
    const std::uint64_t n = (std::uint64_t{1} << 53) - 1;
    const auto interval = funnel::jeffreysInterval(n / 3, n);
    EXPECT_GT(interval.low, 0.333333);
    EXPECT_LT(interval.high, 0.333334);
    EXPECT_LE(interval.low, interval.high);
}
