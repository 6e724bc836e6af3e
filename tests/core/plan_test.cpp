#include "plan.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "conversion_inputs.h"

using namespace funnel;
using funnel::testing::counts;
using funnel::testing::rate;

namespace {

// The worked example: 1000 SQLs from 4000 MQLs, 500 customers from 1000 SQLs, in 12 months.
PlanRequest workedExample() {
    PlanRequest request;
    request.goal.customers = 50;
    request.conversions = {counts(1000, 4000), counts(500, 1000)};
    request.historyMonths = 12;
    return request;
}

std::vector<std::string> errorCodes(const PlanResult& result) {
    std::vector<std::string> codes;
    for (const auto& error : result.errors) codes.push_back(error.field + ":" + codeName(error.code));
    return codes;
}

}  // namespace

TEST(Plan, FiftyCustomersNeedOneHundredSqlsAndFourHundredMqls) {
    const PlanResult result = plan(workedExample());
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.customers, 50u);
    ASSERT_EQ(result.stages.size(), 3u);
    EXPECT_EQ(result.stages[0].name, "MQL");
    EXPECT_EQ(result.stages[0].required, 400u);
    EXPECT_EQ(result.stages[1].required, 100u);
    EXPECT_EQ(result.stages[2].name, "Customer");
    EXPECT_EQ(result.stages[2].required, 50u);
    EXPECT_DOUBLE_EQ(result.conversions[0].rate, 0.25);
    EXPECT_DOUBLE_EQ(result.conversions[1].rate, 0.5);
    EXPECT_DOUBLE_EQ(result.overallRate, 0.125);
    EXPECT_EQ(result.conversions[0].from, "MQL");
    EXPECT_EQ(result.conversions[0].to, "SQL");
}

TEST(Plan, ComparesWithTheHistoricalRunRate) {
    const PlanResult result = plan(workedExample());
    // 4000 MQLs in 12 months = 333.3 per month; the plan needs 400, i.e. +20 %.
    EXPECT_NEAR(*result.stages[0].historicalPerPeriod, 4000.0 / 12, 1e-12);
    EXPECT_NEAR(*result.stages[0].gap, 0.2, 1e-12);
    EXPECT_NEAR(*result.stages[1].historicalPerPeriod, 1000.0 / 12, 1e-12);
    EXPECT_NEAR(*result.stages[2].historicalPerPeriod, 500.0 / 12, 1e-12);
    EXPECT_NEAR(*result.stages[2].gap, 0.2, 1e-12);
}

TEST(Plan, AQuarterlyGoalComparesWithThreeMonthsOfHistory) {
    PlanRequest request = workedExample();
    request.goal.customers = 150;
    request.periodMonths = 3;
    const PlanResult result = plan(request);
    EXPECT_EQ(result.stages[0].required, 1200u);
    EXPECT_NEAR(*result.stages[0].historicalPerPeriod, 1000, 1e-9);
    EXPECT_NEAR(*result.stages[0].gap, 0.2, 1e-12);
}

TEST(Plan, WithoutHistoryMonthsThereIsNoRunRate) {
    PlanRequest request = workedExample();
    request.historyMonths.reset();
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.ok);
    EXPECT_FALSE(result.stages[0].historicalPerPeriod.has_value());
    EXPECT_FALSE(result.stages[0].gap.has_value());
}

TEST(Plan, ADirectRateHasNoCountsSoNoIntervalWidthAndNoRunRate) {
    PlanRequest request = workedExample();
    request.conversions[0] = rate(0.25);
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.stages[0].required, 400u);
    EXPECT_EQ(result.conversions[0].low, 0.25);
    EXPECT_EQ(result.conversions[0].high, 0.25);
    EXPECT_FALSE(result.stages[0].historicalPerPeriod.has_value());
    EXPECT_TRUE(result.stages[1].historicalPerPeriod.has_value());  // from the SQL -> customer counts
}

TEST(Plan, CountsGiveTheJeffreysInterval) {
    const PlanResult result = plan(workedExample());
    const auto& mqlToSql = result.conversions[0];
    EXPECT_LT(mqlToSql.low, 0.25);
    EXPECT_GT(mqlToSql.high, 0.25);
    EXPECT_NEAR(mqlToSql.high - mqlToSql.low, 0.0268, 0.001);  // about +-1.34 points for n = 4000
}

TEST(Plan, RoundsExactlyWhereFloatsWouldNot) {
    PlanRequest request;
    request.goal.customers = 7;
    request.conversions = {rate(0.07)};
    request.stages = {"SQL", "Customer"};
    EXPECT_EQ(plan(request).stages[0].required, 100u);  // not 101

    request.goal.customers = 1;
    request.conversions = {counts(1, 3)};
    EXPECT_EQ(plan(request).stages[0].required, 3u);

    request.goal.customers = 10;
    request.conversions = {counts(3, 7)};
    EXPECT_EQ(plan(request).stages[0].required, 24u);  // 23.33 rounds up to whole leads
}

TEST(Plan, EachStageRoundsUpFromTheRoundedStageBelow) {
    PlanRequest request;
    request.goal.customers = 10;
    request.conversions = {counts(1, 3), counts(3, 7)};
    const PlanResult result = plan(request);
    EXPECT_EQ(result.stages[1].required, 24u);
    EXPECT_EQ(result.stages[0].required, 72u);  // 3 x 24, not ceil(70) = 70
}

TEST(Plan, ARevenueGoalBecomesWholeCustomers) {
    PlanRequest request = workedExample();
    request.goal.byRevenue = true;
    request.goal.revenue = 100001;
    request.goal.dealValue = 2000;
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.customers, 51u);
    EXPECT_EQ(result.stages[0].required, 408u);
}

TEST(Plan, ARateOfOneHundredPercentPassesEveryLeadThrough) {
    PlanRequest request = workedExample();
    request.conversions = {rate(1), counts(7, 7)};
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.stages[0].required, 50u);
    EXPECT_EQ(result.conversions[1].high, 1.0);
}

TEST(Plan, TwoAndEightStagesWork) {
    PlanRequest two;
    two.goal.customers = 5;
    two.stages = {"Lead", "Customer"};
    two.conversions = {rate(0.5)};
    EXPECT_EQ(plan(two).stages[0].required, 10u);

    PlanRequest eight;
    eight.goal.customers = 1;
    eight.stages = {"Visitor", "Lead", "MQL", "SAL", "SQL", "Opportunity", "Proposal", "Customer"};
    eight.conversions.assign(7, rate(0.5));
    const PlanResult result = plan(eight);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.stages[0].required, 128u);
    EXPECT_DOUBLE_EQ(result.overallRate, 1.0 / 128);
}

TEST(Plan, TheLargestGoalStaysJustUnderTwoToThe53) {
    constexpr double kLargest = 9007199254740991.0;  // 2^53 - 1
    PlanRequest request;
    request.goal.customers = kLargest;
    request.stages = {"SQL", "Customer"};
    request.conversions = {rate(1)};
    const PlanResult atLimit = plan(request);
    ASSERT_TRUE(atLimit.ok);
    EXPECT_EQ(atLimit.stages[0].required, kMaxWhole);

    request.goal.customers = 4503599627370496;  // 2^52: at 50 % it needs 2^53, one too many
    request.conversions = {rate(0.5)};
    EXPECT_EQ(errorCodes(plan(request)), std::vector<std::string>{"goal.customers:too_large"});

    request.goal.customers = 4503599627370495;  // 2^52 - 1: needs 2^53 - 2
    EXPECT_EQ(plan(request).stages[0].required, kMaxWhole - 1);

    request.goal.customers = 9007199254740992.0;  // 2^53 itself is no longer exact
    EXPECT_EQ(errorCodes(plan(request)), std::vector<std::string>{"goal.customers:too_large"});
}

TEST(Plan, ReportsEveryProblemWithItsField) {
    PlanRequest request;
    request.goal.customers = 2.5;
    request.stages = {"MQL", " ", "Customer"};
    request.conversions = {counts(20, 10), rate(1.5)};
    request.historyMonths = -1;
    request.periodMonths = 0;
    EXPECT_EQ(errorCodes(plan(request)), (std::vector<std::string>{
                                             "goal.customers:not_whole",
                                             "stages[1]:stage_name",
                                             "conversions[0].toCount:exceeds_from_count",
                                             "conversions[1].rate:rate_above_one",
                                             "historyMonths:not_positive",
                                             "periodMonths:not_positive",
                                         }));
}

TEST(Plan, RefusesNaNInfinityZeroAndNegatives) {
    const double nan = std::nan("");
    const double infinity = HUGE_VAL;
    PlanRequest request;
    request.goal.customers = nan;
    request.conversions = {counts(infinity, 10), counts(0, -3)};
    EXPECT_EQ(errorCodes(plan(request)), (std::vector<std::string>{
                                             "goal.customers:not_finite",
                                             "conversions[0].toCount:not_finite",
                                             "conversions[1].fromCount:not_positive",
                                             "conversions[1].toCount:not_positive",
                                         }));
    request.goal.customers = 0;
    request.conversions = {rate(0), rate(-infinity)};
    EXPECT_EQ(errorCodes(plan(request)), (std::vector<std::string>{
                                             "goal.customers:not_positive",
                                             "conversions[0].rate:not_positive",
                                             "conversions[1].rate:not_finite",
                                         }));
}

TEST(Plan, StageAndConversionCountsMustFit) {
    PlanRequest request = workedExample();
    request.stages = {"Only"};
    request.conversions = {};
    EXPECT_EQ(errorCodes(plan(request)), (std::vector<std::string>{"stages:stage_count"}));
    request.stages.assign(9, "Stage");
    request.conversions.assign(8, rate(0.5));
    EXPECT_EQ(errorCodes(plan(request)), (std::vector<std::string>{"stages:stage_count"}));
    request = workedExample();
    request.conversions.pop_back();
    EXPECT_EQ(errorCodes(plan(request)), (std::vector<std::string>{"conversions:conversion_count"}));
    request.stages = {"MQL", std::string(41, 'x')};
    EXPECT_EQ(errorCodes(plan(request)), (std::vector<std::string>{"stages[1]:stage_name"}));
    request.stages = {"MQL", "Kundengewinnungsphase mit Umlauten äöüß"};  // 38 characters, more bytes
    EXPECT_TRUE(plan(request).ok);
}

TEST(Plan, ANameOfInvisibleCharactersIsNoName) {
    PlanRequest request = workedExample();
    // No-break, zero-width, narrow, ideographic spaces, word joiner, BOM, soft hyphen, a bidi mark, a tab.
    for (const char* invisible : {"\u00A0", "\u200B\u200B", "\u202F \u3000", "\u2060", "\uFEFF", "\u00AD", "\u200E",
                                  "\t", "\u2800", "\u3164"}) {
        request.stages = {"MQL", invisible, "Customer"};
        EXPECT_EQ(errorCodes(plan(request)), (std::vector<std::string>{"stages[1]:stage_name"})) << invisible;
    }
    // One visible character among them is a name, kept as typed.
    request.stages = {"MQL", "\u200B\u00A0x\u00A0", "Customer"};
    EXPECT_TRUE(plan(request).ok);
    EXPECT_EQ(plan(request).stages[1].name, "\u200B\u00A0x\u00A0");
}

TEST(Plan, ANameWithALineBreakIsRefusedNotStripped) {
    PlanRequest request = workedExample();
    for (const char* broken : {"Lead\nMQL", "Lead\r", "\u2028", "A\u2029B", "A\u0085B",
                               "A\x0B"
                               "B",
                               "A\fB"}) {
        request.stages = {"MQL", broken, "Customer"};
        EXPECT_EQ(errorCodes(plan(request)), (std::vector<std::string>{"stages[1]:stage_name_line_break"})) << broken;
    }
}

TEST(Plan, NamesThatAreJavaScriptObjectMembersAreNames) {
    PlanRequest request = workedExample();
    request.stages = {"constructor", "__proto__", "toString"};
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.stages[0].name, "constructor");
    EXPECT_EQ(result.conversions[1].from, "__proto__");
}

TEST(Plan, WarnsAboutSmallSamples) {
    PlanRequest request = workedExample();
    request.conversions[1] = counts(12, 29);
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_EQ(result.warnings[0].field, "conversions[1].fromCount");
    EXPECT_EQ(result.warnings[0].code, Code::small_sample);
    request.conversions[1] = counts(12, 30);
    EXPECT_TRUE(plan(request).warnings.empty());
}

TEST(Plan, TinyHistoryMonthsNeverProduceInfinity) {
    PlanRequest request = workedExample();
    request.historyMonths = 1e-306;  // 4000 / 1e-306 overflows to Infinity
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.ok);
    EXPECT_FALSE(result.stages[0].historicalPerPeriod.has_value());
    EXPECT_FALSE(result.stages[0].gap.has_value());
}

TEST(Plan, TenPercentBetterOnMqlToSqlSavesThirtySixMqls) {
    const PlanResult result = plan(workedExample());
    ASSERT_EQ(result.sensitivity.size(), 2u);
    // MQL -> SQL at 27.5 %: ceil(100 / 0.275) = 364 MQLs, 36 fewer than 400.
    // SQL -> Customer at 55 %: ceil(50 / 0.55) = 91 SQLs, ceil(91 / 0.25) = 364 MQLs: also 36.
    EXPECT_EQ(result.sensitivity[0].conversion, 0u);
    EXPECT_EQ(result.sensitivity[0].from, "MQL");
    EXPECT_EQ(result.sensitivity[0].to, "SQL");
    EXPECT_EQ(result.sensitivity[0].topRequired, 364u);
    EXPECT_EQ(result.sensitivity[0].saves, 36u);
    EXPECT_EQ(result.sensitivity[1].conversion, 1u);
    EXPECT_EQ(result.sensitivity[1].saves, 36u);
}

TEST(Plan, SensitivityRanksTheLargestSavingFirstAndCapsRatesAtOneHundredPercent) {
    PlanRequest request;
    request.goal.customers = 100;
    request.conversions = {rate(0.95), rate(0.1)};
    const PlanResult result = plan(request);
    // 100 / 0.1 = 1000 SQLs, / 0.95 = 1053 MQLs. Customer rate 11 %: 910 SQLs, 958 MQLs (saves 95).
    // SQL rate 104.5 % caps at 100 %: 1000 MQLs (saves 53).
    ASSERT_EQ(result.sensitivity.size(), 2u);
    EXPECT_EQ(result.stages[0].required, 1053u);
    EXPECT_EQ(result.sensitivity[0].conversion, 1u);
    EXPECT_EQ(result.sensitivity[0].topRequired, 958u);
    EXPECT_EQ(result.sensitivity[1].conversion, 0u);
    EXPECT_EQ(result.sensitivity[1].topRequired, 1000u);
}

TEST(Plan, GivesPerWeekAndPerWorkingDayFigures) {
    PlanRequest request = workedExample();
    const PlanResult month = plan(request);
    EXPECT_NEAR(*month.stages[0].perWeek, 400.0 * 12 / 52, 1e-9);
    EXPECT_NEAR(*month.stages[0].perWorkingDay, 400.0 * 12 / 250, 1e-9);
    request.goal.customers = 600;
    request.periodMonths = 12;
    const PlanResult year = plan(request);
    EXPECT_EQ(year.stages[0].required, 4800u);
    EXPECT_NEAR(*year.stages[0].perWeek, 4800.0 / 52, 1e-9);
    EXPECT_NEAR(*year.stages[2].perWorkingDay, 600.0 / 250, 1e-9);
}

TEST(Plan, SaysWhatEachStageNeedsBeforeRoundingUp) {
    PlanRequest request;
    request.goal = Goal{true, 0, 900000, 24900};  // 36.14 customers: 37
    request.conversions = {ConversionInput{true, 1850, 470, 0}, ConversionInput{true, 470, 81, 0}};
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.stages[2].required, 37u);
    EXPECT_NEAR(*result.stages[2].unrounded, 900000.0 / 24900, 1e-12);
    EXPECT_EQ(result.stages[1].required, 215u);  // 37 * 470 / 81 = 214.69
    EXPECT_NEAR(*result.stages[1].unrounded, 37.0 * 470 / 81, 1e-12);
    EXPECT_NEAR(*result.stages[0].unrounded, 215.0 * 1850 / 470, 1e-12);
    EXPECT_FALSE(plan(workedExample()).stages[2].unrounded);  // a customer goal is whole as typed
    EXPECT_NEAR(result.sensitivity[0].improvedRate, 470.0 / 1850 * 1.1, 1e-15);
}

// Issue 15: with a start month, per working day counts the period's real
// working days, and the plan says which holidays it took off.
TEST(Plan, WithAStartMonthCountsTheRealWorkingDays) {
    PlanRequest request = workedExample();
    request.start = "2027-03";
    PlanResult result = plan(request);
    ASSERT_TRUE(result.workingDays);
    EXPECT_EQ(result.workingDays->count, 21);  // Easter: Good Friday and Easter Monday
    EXPECT_EQ(result.workingDays->holidays, (std::vector<std::string>{"2027-03-26", "2027-03-29"}));
    EXPECT_DOUBLE_EQ(*result.stages[0].perWorkingDay, 400.0 / 21);
    request.start = "2026-12";
    request.periodMonths = 3;
    request.goal.customers = 150;
    request.holidays = "de-BY";
    result = plan(request);
    EXPECT_EQ(result.workingDays->count, 22 + 19 + 20);  // Christmas; New Year and Epiphany in Bavaria
    EXPECT_EQ(result.workingDays->region, "de-BY");
    EXPECT_EQ(result.workingDays->from + " " + result.workingDays->to, "2026-12 2027-02");
    EXPECT_FALSE(plan(workedExample()).workingDays);  // without a start: 250 a year, as before
    request.start = "2027-3";
    request.holidays = "de-XX";
    request.periodMonths = 1.5;
    EXPECT_EQ(errorCodes(plan(request)),
              (std::vector<std::string>{"start:bad_month", "periodMonths:horizon_range", "holidays:unknown_region"}));
}

TEST(Plan, AQuartersPlanSaysWhatItNeedsPerMonth) {
    PlanRequest request = workedExample();
    request.goal.customers = 150;
    request.periodMonths = 3;
    const PlanResult quarter = plan(request);
    EXPECT_EQ(quarter.stages[0].required, 1200u);
    EXPECT_EQ(*quarter.stages[0].perMonth, 400);
    EXPECT_EQ(*quarter.stages[2].perMonth, 50);
    request.goal.customers = 44;  // 14.67 a month
    EXPECT_NEAR(*plan(request).stages[2].perMonth, 44.0 / 3, 1e-12);
}

// Every figure at a level belongs to that level: the 90 % plan's per-week,
// per-day and gap figures are its own requirement's, not the point plan's.
TEST(Plan, AConfidenceLevelsStagesCarryTheirOwnFigures) {
    PlanRequest request = workedExample();
    request.periodMonths = 3;
    request.goal.customers = 150;
    request.confidence = 0.9;
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.confidence);
    for (std::size_t s = 0; s < 3; ++s) {
        const StagePlan& point = result.stages[s];
        const StagePlan& level = result.confidence->stages[s];
        const double required = static_cast<double>(level.required);
        EXPECT_EQ(level.name, point.name);
        EXPECT_EQ(level.historicalPerPeriod, point.historicalPerPeriod);
        EXPECT_NEAR(*level.gap, required / *point.historicalPerPeriod - 1, 1e-12);
        EXPECT_NEAR(*level.perMonth, required / 3, 1e-12);
        EXPECT_NEAR(*level.perWeek, required * 4 / 52, 1e-9);
        EXPECT_NEAR(*level.perWorkingDay, required * 4 / 250, 1e-9);
    }
    EXPECT_GT(*result.confidence->stages[0].gap, *result.stages[0].gap);
}

TEST(Plan, AsksForConfidenceOnlyWhenGiven) {
    PlanRequest request = workedExample();
    EXPECT_FALSE(plan(request).confidence.has_value());
    request.confidence = 0.9;
    const PlanResult result = plan(request);
    ASSERT_TRUE(result.confidence.has_value());
    EXPECT_EQ(result.confidence->level, 0.9);
    ASSERT_EQ(result.confidence->stages.size(), 3u);
    EXPECT_GT(result.confidence->stages[0].required, 400u);
    EXPECT_GT(result.confidence->stages[1].required, 100u);
    EXPECT_EQ(result.confidence->stages[2].required, 50u);
    EXPECT_GT(result.confidence->probabilityAtPlan, 0.4);
    EXPECT_LT(result.confidence->probabilityAtPlan, 0.6);
    request.confidence = 0.3;
    EXPECT_EQ(errorCodes(plan(request)), std::vector<std::string>{"confidence:confidence_range"});
}
