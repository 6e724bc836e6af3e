// The KPI review (review.h) on twelve hand-made months: a clear drop found and
// given to the team that owns it, the same drop on small numbers called noise,
// a sales-side drop, lags, baselines, targets, the statuses that are no
// errors, the errors that are; and 10,000 seeded unchanged years.
#include "review.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "review_advice.h"

namespace funnel {
namespace {

// Twelve months of 2026: `mqls` a month; SQLs and customers per month from the lists.
ReviewRequest year(double mqls, const std::vector<double>& sqls, const std::vector<double>& customers) {
    ReviewRequest request;
    for (int m = 0; m < 12; ++m) {
        const std::string month = "2026-" + std::string(m < 9 ? "0" : "") + std::to_string(m + 1);
        request.months.push_back({month, {mqls, sqls[m], customers[m]}});
    }
    return request;
}

std::vector<double> months(double first9, double last3) {
    std::vector<double> list(9, first9);
    list.insert(list.end(), 3, last3);
    return list;
}

TEST(Review, FindsARealDropAndNamesTheTeamThatOwnsIt) {
    // 25 % of 1,000 MQLs became SQLs for nine months, then 20 %; customers stay at half the SQLs.
    ReviewRequest request = year(1000, months(250, 200), months(125, 100));
    request.locale = Locale::de;
    const ReviewResult result = review(request);
    ASSERT_TRUE(result.ok);
    const RateWindow& quarter = result.conversions[0].windows[1];
    EXPECT_EQ(quarter.length, 3);
    EXPECT_EQ(*quarter.k, 600);
    EXPECT_EQ(*quarter.n, 3000);
    EXPECT_EQ(*quarter.baselineK, 2250);  // the nine months before, pooled
    EXPECT_EQ(*quarter.baselineN, 9000);
    EXPECT_DOUBLE_EQ(*quarter.difference, 0.2 - 0.25);
    EXPECT_LT(*quarter.pValue, 0.001);
    EXPECT_LT(*quarter.high, 0);
    EXPECT_EQ(quarter.status, RateStatus::drop);
    EXPECT_EQ(result.conversions[1].windows[1].status, RateStatus::stable);  // 50 % before and after
    ASSERT_EQ(result.findings.size(), 1u);
    const Finding& finding = result.findings[0];
    EXPECT_EQ(finding.kind, "drop");
    EXPECT_EQ(finding.team, Team::marketing);
    EXPECT_EQ(finding.severity, "high");
    EXPECT_EQ(finding.message,
              "MQL \u2192 SQL ist in den letzten 3 Monaten auf 20\u00A0% gesunken (Vergleichswert 25\u00A0%, "
              "p\u00a0<\u00a00,001).");
    ASSERT_FALSE(finding.advice.empty());
    EXPECT_EQ(finding.advice[0].rfind("Zuerst Effekte in den Daten ausschließen", 0),
              0u);  // data effects before anything else
}

TEST(Review, TheSameDropOnSmallNumbersIsNoise) {
    // 10 of 40 MQLs, then 8 of 40: the same 25 % -> 20 %.
    const ReviewResult result = review(year(40, months(10, 8), months(5, 4)));
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.conversions[0].windows[1].status, RateStatus::stable);
    EXPECT_GT(*result.conversions[0].windows[1].pValue, 0.3);  // 30 of 120 against 90 of 360: chance alone
    EXPECT_TRUE(result.findings.empty());
}

TEST(Review, EachWindowSaysInPlainWordsWhetherItIsARealChangeOrChance) {
    const ReviewResult noise = review(year(40, months(10, 8), months(5, 4)));
    // 24 of 120 (20 %) against 90 of 360 (25 %).
    // 24 of 120 against 90 of 360: the direct sum over all tables with these margins gives p = 0.3217.
    EXPECT_EQ(
        windowMessage(noise.conversions[0].windows[1], Locale::de),
        "Letzte 3 Monate: 20\u00a0% gegenüber 25\u00a0% (\u22125 Prozentpunkte, 95-%-Intervall \u221212,8 bis +4,1; "
        "p\u00a0=\u00a00,322): kann Zufall sein, keine klare Veränderung.");
    const ReviewResult drop = review(year(1000, months(250, 200), months(125, 100)));
    const std::string real = windowMessage(drop.conversions[0].windows[1], Locale::en);
    EXPECT_NE(real.find("p\u00a0<\u00a00.001): a clear drop, unlikely to be chance."), std::string::npos) << real;
    ReviewRequest short_ = year(1000, months(250, 250), months(125, 125));
    short_.months.resize(2);
    EXPECT_EQ(windowMessage(review(short_).conversions[0].windows[1], Locale::en),
              "Last 3 months: too few months with numbers to compare.");
}

TEST(Review, ASalesSideDropNamesSales) {
    const ReviewResult result = review(year(1000, months(250, 250), months(125, 90)));
    ASSERT_EQ(result.findings.size(), 1u);
    EXPECT_EQ(result.findings[0].team, Team::sales);
    EXPECT_EQ(result.findings[0].conversion, 1);
    EXPECT_EQ(result.findings[0].message.substr(0, 31), "SQL \u2192 Customer dropped to 36%");
}

TEST(Review, LagsCompareALaterMonthsStageWithThisMonths) {
    ReviewRequest request = year(1000, months(250, 250), months(125, 125));
    request.lagMonths = {1, 0};
    const ReviewResult result = review(request);
    const ReviewConversion& first = result.conversions[0];
    EXPECT_EQ(*first.months[0].k, 250);   // February's SQLs against January's MQLs
    EXPECT_FALSE(first.months[11].rate);  // December's SQLs would be January 2027's: not in the input
    EXPECT_EQ(*first.windows[1].k + *first.windows[1].baselineK, 250 * 11);
}

TEST(Review, InsufficientAndNotComparableAreStatusesNotErrors) {
    ReviewRequest request = year(1000, months(250, 250), months(125, 125));
    request.months.resize(2);
    ReviewResult result = review(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.conversions[0].windows[0].status, RateStatus::stable);  // one month against the one before
    EXPECT_EQ(result.conversions[0].windows[1].status, RateStatus::insufficient);
    EXPECT_FALSE(result.conversions[0].windows[1].pValue);
    request = year(100, months(250, 250), months(125, 125));  // more SQLs than MQLs: a lag set wrong
    result = review(request);
    EXPECT_EQ(result.conversions[0].windows[1].status, RateStatus::not_comparable);
    EXPECT_FALSE(result.conversions[0].windows[1].pValue);
}

TEST(Review, AGivenBaselineAndTargets) {
    ReviewRequest request = year(1000, months(200, 200), months(100, 100));
    request.baseline = {ConversionInput{true, 4000, 1000, 0}, ConversionInput{true, 1000, 500, 0}};
    request.targetPerMonth = {1000, 250, 125};
    const ReviewResult result = review(request);
    EXPECT_EQ(*result.conversions[0].windows[1].baselineRate, 0.25);
    EXPECT_EQ(result.conversions[0].windows[1].status, RateStatus::drop);
    EXPECT_DOUBLE_EQ(*result.volumes[2].months.back().gap, 100.0 / 125 - 1);
    // The drop first, then the stages under target: SQLs (-20 %) and customers (-20 %).
    ASSERT_EQ(result.findings.size(), 3u);
    EXPECT_EQ(result.findings[0].kind, "drop");
    EXPECT_EQ(result.findings[1].kind, "below_target");
    EXPECT_EQ(result.findings[2].team, Team::sales);
    EXPECT_EQ(result.findings[2].message, "Customer, December 2026: 100 vs. 125 planned (20% below plan).");
    // A name as the page shows it in English ("customer") starts its sentence with a capital.
    request.stages = {"MQL", "SQL", "customer"};
    EXPECT_EQ(review(request).findings[2].message, "Customer, December 2026: 100 vs. 125 planned (20% below plan).");
}

TEST(Review, NamesEachBadValueByItsField) {
    ReviewRequest request = year(1000, months(250, 250), months(125, 125));
    request.months[2].month = "2026-13";
    request.months[4].month = "2026-01";
    request.months[3].counts = {1, 2};
    request.months[5].counts[1] = 2.5;
    request.lagMonths = {7, 0};
    request.alpha = 0.2;
    request.owners = {"ceo", "sales"};
    std::vector<std::string> fields;
    for (const Issue& error : review(request).errors) fields.push_back(error.field + ":" + codeName(error.code));
    EXPECT_EQ(fields, (std::vector<std::string>{"months[2].month:bad_month", "months[3].counts:list_length",
                                                "months[4].month:not_increasing", "months[5].counts[1]:not_whole",
                                                "lagMonths[0]:lag_months_range", "alpha:alpha_choice",
                                                "owners[0]:unknown_team"}));
}

TEST(Review, EachMonthsRateHasItsWilsonIntervalAndThePlansRateComesAlong) {
    ReviewRequest request = year(1000, months(250, 200), months(125, 100));
    request.reference = {ConversionInput{true, 4000, 1000, 0}, ConversionInput{false, 0, 0, 0.4}};
    const ReviewResult result = review(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(*result.conversions[0].reference, 0.25);
    EXPECT_EQ(*result.conversions[1].reference, 0.4);
    // 250 of 1,000: Wilson's 95 % interval is 22.4 % to 27.8 % (R: prop.test(250, 1000, correct = FALSE)).
    const RateMonth& january = result.conversions[0].months[0];
    EXPECT_NEAR(*january.low, 0.2241531, 1e-7);
    EXPECT_NEAR(*january.high, 0.2777603, 1e-7);
    // Without a reference there is none; a month whose later stage outnumbers it has a rate but no interval.
    ReviewRequest lagged = year(100, months(150, 150), months(75, 75));
    const ReviewResult mismatched = review(lagged);
    EXPECT_FALSE(mismatched.conversions[0].reference.has_value());
    EXPECT_EQ(*mismatched.conversions[0].months[0].rate, 1.5);
    EXPECT_FALSE(mismatched.conversions[0].months[0].low.has_value());
}

TEST(Review, AnEmptyCellIsMissingAndABadReferenceIsNamed) {
    ReviewRequest request = year(1000, months(250, 250), months(125, 125));
    request.months[1].counts[2] = std::nan("");
    request.reference = {ConversionInput{true, 100, 120, 0}, ConversionInput{false, 0, 0, 1.5}};
    std::vector<std::string> fields;
    for (const Issue& error : review(request).errors) fields.push_back(error.field + ":" + codeName(error.code));
    EXPECT_EQ(fields,
              (std::vector<std::string>{"months[1].counts[2]:missing", "reference[0].toCount:exceeds_from_count",
                                        "reference[1].rate:rate_above_one"}));
}

TEST(Review, AnUnchangedRateIsCalledAChangeAtMostAlphaOfTheTime) {
    std::mt19937_64 random(17);
    std::binomial_distribution<int> sqls(400, 0.25);
    int changes[2] = {0, 0};
    const int years = 10000;
    for (int y = 0; y < years; ++y) {
        std::vector<double> list;
        for (int m = 0; m < 12; ++m) list.push_back(sqls(random));
        const ReviewResult result = review(year(400, list, std::vector<double>(12, 0)));
        for (int w = 0; w < 2; ++w) {
            const RateStatus status = result.conversions[0].windows[w].status;
            changes[w] += status == RateStatus::drop || status == RateStatus::rise;
        }
    }
    for (int w = 0; w < 2; ++w) EXPECT_LE(changes[w], years * 0.05 + 50) << "window " << w;
}

}  // namespace
}  // namespace funnel
