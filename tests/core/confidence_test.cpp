#include "confidence.h"

#include <gtest/gtest.h>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <random>

#include "path_rates.h"

using namespace funnel;
using funnel::testing::fixed;
using funnel::testing::measured;

namespace {

// P(Binomial(n, p) >= g) from Boost's binomial distribution.
double binomialTail(std::uint64_t g, std::uint64_t n, double p) {
    if (g == 0) return 1;
    return boost::math::cdf(boost::math::complement(boost::math::binomial(static_cast<double>(n), p), g - 1.0));
}

// The same average over one Beta posterior by a fine midpoint rule, with Boost's functions.
double averagedOverOneRate(std::uint64_t g, std::uint64_t n, std::uint64_t k, std::uint64_t trials, double factor) {
    const boost::math::beta_distribution<> posterior(k + 0.5, trials - k + 0.5);
    const double low = boost::math::quantile(posterior, 1e-12);
    const double high = boost::math::quantile(posterior, 1 - 1e-12);
    const int points = 100000;
    double sum = 0;
    for (int i = 0; i < points; ++i) {
        const double r = low + (i + 0.5) * (high - low) / points;
        sum += boost::math::pdf(posterior, r) * binomialTail(g, n, r * factor);
    }
    return sum * (high - low) / points;
}

}  // namespace

TEST(Confidence, AFixedRateIsAPlainBinomialTail) {
    const ConversionPath path({fixed(0.5)});
    for (std::uint64_t n : {50u, 90u, 100u, 110u, 140u}) {
        EXPECT_NEAR(probabilityOfReaching(50, n, path), binomialTail(50, n, 0.5), 1e-12) << n;
    }
    EXPECT_EQ(probabilityOfReaching(50, 49, path), 0);
    EXPECT_EQ(probabilityOfReaching(0, 10, path), 1);
    EXPECT_NEAR(probabilityOfReaching(50, 100, path), 0.5397946186935895, 1e-12);  // known value
}

TEST(Confidence, OneMeasuredRateMatchesADirectIntegral) {
    struct Case {
        std::uint64_t goal, leads, k, n;
    };
    for (const Case& c : {Case{50, 100, 500, 1000}, Case{50, 120, 500, 1000}, Case{5, 30, 6, 20},
                          Case{400, 1000, 40, 100}, Case{2000, 9000, 2500, 10000}}) {
        const ConversionPath path({measured(c.k, c.n)});
        EXPECT_NEAR(probabilityOfReaching(c.goal, c.leads, path), averagedOverOneRate(c.goal, c.leads, c.k, c.n, 1),
                    1e-3)
            << c.goal << " of " << c.leads;
    }
}

TEST(Confidence, TwoMeasuredRatesMatchAMonteCarloRun) {
    // 1,000,000 draws with a fixed seed: standard error below 5e-4; tolerance 2.5e-3 (5 SE).
    const ConversionPath path({measured(1000, 4000), measured(500, 1000), fixed(0.9)});
    std::mt19937_64 random(2026);
    std::gamma_distribution<double> a1(1000.5), b1(3000.5), a2(500.5), b2(500.5);
    for (std::uint64_t leads : {420u, 444u, 480u}) {
        const int draws = 1000000;
        int reached = 0;
        for (int i = 0; i < draws; ++i) {
            const double x1 = a1(random), y1 = b1(random), x2 = a2(random), y2 = b2(random);
            const double rate = x1 / (x1 + y1) * x2 / (x2 + y2) * 0.9;
            reached += std::binomial_distribution<std::uint64_t>(leads, rate)(random) >= 45;
        }
        EXPECT_NEAR(probabilityOfReaching(45, leads, path), static_cast<double>(reached) / draws, 2.5e-3) << leads;
    }
}

TEST(Confidence, MoreLeadsNeverLowerTheProbability) {
    const ConversionPath path({measured(1000, 4000), measured(12, 20)});
    double previous = 0;
    for (std::uint64_t leads = 50; leads <= 2000; leads += 7) {
        const double probability = probabilityOfReaching(50, leads, path);
        EXPECT_GE(probability, previous - 1e-12) << leads;
        previous = probability;
    }
    EXPECT_GT(previous, 0.9);
}

TEST(Confidence, TheRequirementIsTheFewestLeadsThatReachTheLevel) {
    const ConversionPath path({measured(1000, 4000), measured(500, 1000)});
    for (double level : {0.5, 0.8, 0.9, 0.95}) {
        const auto leads = leadsForConfidence(50, level, path, (std::uint64_t{1} << 53) - 1);
        ASSERT_TRUE(leads.has_value());
        EXPECT_GE(probabilityOfReaching(50, *leads, path), level);
        EXPECT_LT(probabilityOfReaching(50, *leads - 1, path), level);
    }
}

TEST(Confidence, TheFewestLeadsAlsoWhereTheSearchIsHard) {
    // The slow corners and their kin: answers up to 90x the point plan
    // (8 stages of 1 of 5), rates near 1 with large goals, and a goal of one.
    struct Case {
        std::vector<PathRate> rates;
        std::uint64_t goal;
        double level;
    };
    const std::vector<PathRate> oneOfFive(7, measured(1, 5));
    const std::vector<PathRate> oneOfTwo(7, measured(1, 2));
    const std::vector<PathRate> nearlyAll(6, measured(999, 1000));
    for (const Case& c : {Case{oneOfFive, 50, 0.95}, Case{oneOfTwo, 5, 0.95}, Case{nearlyAll, 30000, 0.9},
                          Case{oneOfFive, 1, 0.8}, Case{{measured(1, 50), fixed(0.07)}, 1000000, 0.9}}) {
        const ConversionPath path(c.rates);
        const auto leads = leadsForConfidence(c.goal, c.level, path, (std::uint64_t{1} << 53) - 1);
        ASSERT_TRUE(leads.has_value()) << c.goal;
        EXPECT_GE(probabilityOfReaching(c.goal, *leads, path), c.level) << c.goal << " " << *leads;
        EXPECT_LT(probabilityOfReaching(c.goal, *leads - 1, path), c.level) << c.goal << " " << *leads;
    }
}

TEST(Confidence, RefusesWhenEvenTwoToThe53IsTooFew) {
    // 1 customer behind three rates of 5 in a million needs ~1e17 leads at 80 %:
    // the search must stop at 2^53 - 1 (it once rounded that up to 2^53 and kept going).
    const ConversionPath path({measured(5, 1000000), measured(5, 1000000), measured(5, 1000000)});
    EXPECT_FALSE(leadsForConfidence(1, 0.8, path, (std::uint64_t{1} << 53) - 1).has_value());
}

TEST(Confidence, AHigherLevelNeedsMoreLeads) {
    const ConversionPath path({measured(1000, 4000), measured(500, 1000)});
    std::uint64_t previous = 0;
    for (double level : {0.5, 0.6, 0.8, 0.9, 0.95, 0.99}) {
        const std::uint64_t leads = *leadsForConfidence(50, level, path, 1u << 30);
        EXPECT_GT(leads, previous) << level;
        previous = leads;
    }
}

TEST(Confidence, HalfWithHugeSamplesLandsOnThePointPlan) {
    // With rates known almost exactly, the 50 % requirement is the point plan within 1 %.
    const ConversionPath path({measured(250000000, 1000000000), measured(500000000, 1000000000)});
    const std::uint64_t leads = *leadsForConfidence(5000, 0.5, path, 1u << 30);
    EXPECT_NEAR(static_cast<double>(leads), 40000, 400);
}

TEST(Confidence, ALargerSampleNeedsFewerLeadsForTheSameLevel) {
    std::uint64_t previous = UINT64_MAX;
    for (std::uint64_t n : {40u, 400u, 4000u, 40000u}) {
        const ConversionPath path({measured(n / 4, n), measured(500, 1000)});
        const std::uint64_t leads = *leadsForConfidence(50, 0.9, path, 1u << 30);
        EXPECT_LT(leads, previous) << n;
        previous = leads;
    }
}

TEST(Confidence, RefusesWhenTheLimitIsTooLow) {
    const ConversionPath path({measured(1, 1000)});
    EXPECT_FALSE(leadsForConfidence(1000, 0.95, path, 2000000).has_value());
}

TEST(Confidence, OutcomeQuantilesBracketTheExpectedOutcome) {
    const ConversionPath path({measured(1000, 4000), measured(500, 1000)});
    const std::uint64_t low = outcomeQuantile(300, 0.1, path);
    const std::uint64_t high = outcomeQuantile(300, 0.9, path);
    EXPECT_LT(low, 37.5);
    EXPECT_GT(high, 37.5);
    // By definition: P(X <= low) >= 0.1 > P(X <= low - 1).
    EXPECT_GE(1 - probabilityOfReaching(low + 1, 300, path), 0.1);
    EXPECT_LT(1 - probabilityOfReaching(low, 300, path), 0.1);
    const ConversionPath certain({fixed(0.5)});
    const boost::math::binomial binomial(300, 0.5);
    EXPECT_EQ(outcomeQuantile(300, 0.9, certain), static_cast<std::uint64_t>(boost::math::quantile(binomial, 0.9)));
}

TEST(Confidence, OutcomeQuantilesMeetTheirDefinitionDownALongFunnel) {
    // The forecast: 1000 leads through up to seven rates of 1 of 2, and
    // rates of 1 of 1, whose outcomes pile up at all leads.
    for (const PathRate& rate : {measured(1, 2), measured(1, 1)}) {
        ConversionPath path;
        for (int stage = 0; stage < 7; ++stage) {
            path = path.with(rate);
            for (double q : {0.1, 0.9}) {
                const std::uint64_t x = outcomeQuantile(1000, q, path);
                EXPECT_LE(probabilityOfReaching(x + 1, 1000, path), 1 - q) << stage << " " << q;
                if (x > 0) EXPECT_GT(probabilityOfReaching(x, 1000, path), 1 - q) << stage << " " << q;
            }
        }
    }
}

namespace {

// P(all g of g leads convert) = E[p^g] = B(a + g, b) / B(a, b) for p ~ Beta(a, b): a closed form.
double allConvert(std::uint64_t g, std::uint64_t k, std::uint64_t n) {
    const double a = k + 0.5;
    const double b = n - k + 0.5;
    return std::exp(std::lgamma(a + g) - std::lgamma(a + g + b) - std::lgamma(a) + std::lgamma(a + b));
}

}  // namespace

TEST(Confidence, ARateOfOneHundredPercentMatchesTheClosedForm) {
    // The posterior of k = n piles up at 1: the grid must not put mass above it.
    struct Case {
        std::uint64_t g, k, n;
    };
    for (const Case& c :
         {Case{100, 10, 10}, Case{1000, 2, 2}, Case{1000, 100, 100}, Case{50, 1, 2}, Case{20, 999, 1000}}) {
        const ConversionPath path({measured(c.k, c.n)});
        EXPECT_NEAR(probabilityOfReaching(c.g, c.g, path), allConvert(c.g, c.k, c.n), 1e-3)
            << c.g << " with " << c.k << " of " << c.n;
    }
}

TEST(Confidence, ANarrowRateNextToAWideOneSitsAtItsMean) {
    // 2e7 of 4e7 is 50 % to within 0.02 %: the path must behave like the wide rate times a fixed 50 %.
    const ConversionPath mixed({measured(1, 2), measured(20000000, 40000000)});
    const ConversionPath fixedHalf({measured(1, 2), fixed(0.5)});
    for (std::uint64_t leads : {100u, 300u, 627u, 641u, 1000u}) {
        EXPECT_NEAR(probabilityOfReaching(50, leads, mixed), probabilityOfReaching(50, leads, fixedHalf), 1e-3)
            << leads;
    }
}

TEST(Confidence, TheFewestLeadsForAHugeGoalFollowTheNormalLimit) {
    // A fixed 12.5 %: Binomial(N, 1/8) >= g is, for g = 1e14, normal to far below 1e-3.
    const ConversionPath path({fixed(0.125)});
    const double g = 1e14;
    const auto leads = leadsForConfidence(static_cast<std::uint64_t>(g), 0.5, path, (std::uint64_t{1} << 53) - 1);
    ASSERT_TRUE(leads.has_value());
    // The median of Binomial(N, p) is within 1 of N p: N = 8 g.
    EXPECT_NEAR(static_cast<double>(*leads), 8 * g, 16);
}

TEST(Confidence, LargeGoalsMatchAMonteCarloRun) {
    // 1000 and 20 000 customers behind one rate measured on 1000: the binomial is the narrow
    // part, its quantiles come from the skew-corrected normal. 400 000 draws: SE below 8e-4,
    // tolerance 4e-3.
    const ConversionPath path({measured(250, 1000)});
    std::mt19937_64 random(20000);
    std::gamma_distribution<double> successes(250.5), failures(750.5);
    for (std::uint64_t goal : {1000u, 20000u}) {
        for (double factor : {3.8, 4.0, 4.2}) {
            const auto leads = static_cast<std::uint64_t>(goal * factor);
            const int draws = 400000;
            int reached = 0;
            for (int i = 0; i < draws; ++i) {
                const double x = successes(random), y = failures(random);
                reached += std::binomial_distribution<std::uint64_t>(leads, x / (x + y))(random) >= goal;
            }
            EXPECT_NEAR(probabilityOfReaching(goal, leads, path), static_cast<double>(reached) / draws, 4e-3)
                << goal << " of " << leads;
        }
    }
}
