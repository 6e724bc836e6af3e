// Whether a rate really changed (rate_change.h), against published figures:
// Fisher's exact test on textbook tables as R's fisher.test gives them, and
// Newcombe's (1998) worked examples of his method 10; then symmetry, very
// large counts against the normal approximation, and a seeded simulation of
// unchanged rates that must not cry wolf more often than alpha.
#include "rate_change.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <random>

namespace funnel {
namespace {

TEST(RateChange, FisherAsRGivesItForTextbookTables) {
    // Fisher's lady tasting tea: 3 of 4 cups right each way.
    EXPECT_NEAR(fisherTwoSided(3, 4, 1, 4), 0.4857, 5e-5);
    // Wikipedia's 2 x 2 example (1 of 10 men, 11 of 14 women dieting): p = 0.002759.
    EXPECT_NEAR(fisherTwoSided(1, 10, 11, 14), 0.002759, 5e-7);
    // All against none, 10 and 10: the two extreme tables, each 1 / C(20, 10).
    EXPECT_NEAR(fisherTwoSided(10, 10, 0, 10), 2.0 / 184756, 1e-12);
    EXPECT_EQ(fisherTwoSided(5, 10, 5, 10), 1);
    EXPECT_EQ(fisherTwoSided(0, 10, 0, 20), 1);  // one table only
    EXPECT_EQ(fisherTwoSided(0, 0, 3, 7), 1);
}

TEST(RateChange, FisherIsTheSameForTheSameTableTurnedAround) {
    const std::uint64_t tables[][4] = {{3, 40, 12, 35}, {0, 12, 90, 100}, {250, 1000, 212, 1000}, {1, 2, 700, 900}};
    for (const auto& t : tables) {
        const double p = fisherTwoSided(t[0], t[1], t[2], t[3]);
        EXPECT_NEAR(fisherTwoSided(t[2], t[3], t[0], t[1]), p, 1e-12 * std::max(p, 1e-300));  // rows swapped
        EXPECT_NEAR(fisherTwoSided(t[1] - t[0], t[1], t[3] - t[2], t[3]), p,
                    1e-12 * std::max(p, 1e-300));  // columns swapped
        EXPECT_GT(p, 0);
        EXPECT_LE(p, 1);
    }
}

TEST(RateChange, NewcombesWorkedExamplesOfMethod10) {
    // Newcombe 1998, Table II, method 10 (the hybrid score interval), to his four decimals.
    struct Row {
        double k1, n1, k2, n2, low, high;
    };
    const Row rows[] = {
        {56, 70, 48, 80, 0.0524, 0.3339}, {9, 10, 3, 10, 0.1705, 0.8090},  {5, 56, 0, 29, -0.0381, 0.1926},
        {0, 10, 0, 20, -0.1611, 0.2775},  {0, 10, 0, 10, -0.2775, 0.2775}, {10, 10, 0, 20, 0.6791, 1.0000},
        {10, 10, 0, 10, 0.6075, 1.0000},
    };
    for (const Row& row : rows) {
        const RateInterval interval = newcombeDifference(row.k1, row.n1, row.k2, row.n2);
        EXPECT_NEAR(interval.low, row.low, 5e-5) << row.k1 << "/" << row.n1 << " - " << row.k2 << "/" << row.n2;
        EXPECT_NEAR(interval.high, row.high, 5e-5) << row.k1 << "/" << row.n1 << " - " << row.k2 << "/" << row.n2;
    }
    const RateInterval wilson = wilsonInterval(0, 10);  // Wilson's interval of 0 of 10: 0 to 0.2775
    EXPECT_EQ(wilson.low, 0);
    EXPECT_NEAR(wilson.high, 0.2775, 5e-5);
}

TEST(RateChange, TenMillionLeadsAreFastAndAgreeWithTheNormalApproximation) {
    // 25.00 % against 25.05 % of ten million each: for counts this large Fisher's p is the z-test's.
    const auto start = std::chrono::steady_clock::now();
    const double p = fisherTwoSided(2500000, 10000000, 2505000, 10000000);
    const double micros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    const double pooled = 5005000.0 / 20000000;
    const double z = (0.2505 - 0.25) / std::sqrt(pooled * (1 - pooled) * (2.0 / 10000000));
    const double normal = std::erfc(z / std::sqrt(2.0));
    EXPECT_NEAR(p, normal, 0.02 * normal) << p << " vs " << normal;
    EXPECT_LT(micros, 50000) << "a year of monthly reviews must stay within a keystroke";
}

TEST(RateChange, AnUnchangedRateRaisesAnAlarmAtMostAlphaOfTheTime) {
    // 10,000 reviews of a 25 % rate: 300 leads this quarter against 2,000 before. The test is
    // exact and conservative: at alpha = 0.05 it is "significant" in at most 5 % of them.
    std::mt19937_64 random(20261130);
    std::binomial_distribution<std::uint64_t> recent(300, 0.25);
    std::binomial_distribution<std::uint64_t> before(2000, 0.25);
    int alarms = 0;
    const int reviews = 10000;
    for (int i = 0; i < reviews; ++i) alarms += fisherTwoSided(recent(random), 300, before(random), 2000) < 0.05;
    EXPECT_LE(alarms, reviews * 0.05 + 50) << alarms;  // 0.5 % for the simulation's own chance
    EXPECT_GT(alarms, reviews * 0.02) << "not so conservative that it never warns";
}

}  // namespace
}  // namespace funnel
