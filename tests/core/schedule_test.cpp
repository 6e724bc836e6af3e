// The plan over time (schedule.h): the lag, the cumulative ceiling, seasonality
// and growth, on cases worked out by hand, and the invariants on thousands of
// random inputs.
#include "schedule.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "conversion_inputs.h"
#include "plan.h"

namespace funnel {
namespace {

using testing::counts;
using testing::rate;

// The worked example: 25 % of MQLs become SQLs, 50 % of SQLs customers.
ScheduleRequest example(double customers, double months) {
    ScheduleRequest request;
    request.conversions = {counts(1000, 4000), counts(500, 1000)};
    request.start = "2027-03";
    request.months = months;
    request.customers = customers;
    return request;
}

std::vector<std::uint64_t> perMonth(const ScheduleResult& result, std::size_t stage) {
    return result.stages.at(stage).perMonth;
}

std::vector<std::string> errorCodes(const ScheduleResult& result) {
    std::vector<std::string> codes;
    for (const Issue& error : result.errors) codes.push_back(error.field + ":" + codeName(error.code));
    return codes;
}

TEST(Schedule, WithoutLagEveryMonthIsThatMonthsPlan) {
    ScheduleRequest request = example(0, 3);
    request.goalIsList = true;
    request.customerList = {50, 40, 60};
    const ScheduleResult result = schedule(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.months, (std::vector<std::string>{"2027-03", "2027-04", "2027-05"}));
    EXPECT_EQ(result.leadMonths, 0u);
    for (std::size_t m = 0; m < 3; ++m) {
        PlanRequest month;
        month.conversions = request.conversions;
        month.goal.customers = request.customerList[m];
        const PlanResult monthPlan = plan(month);
        for (std::size_t s = 0; s < 3; ++s)
            EXPECT_EQ(perMonth(result, s)[m], monthPlan.stages[s].required) << m << " " << s;
    }
    EXPECT_EQ(result.customers, (std::vector<std::uint64_t>{50, 40, 60}));
}

TEST(Schedule, AThirtyDayLagMovesExactlyOneMonth) {
    ScheduleRequest request = example(50, 2);
    request.lagDays = {0, 30};  // SQL -> customer takes a month
    const ScheduleResult result = schedule(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.months, (std::vector<std::string>{"2027-02", "2027-03", "2027-04"}));
    EXPECT_EQ(result.leadMonths, 1u);
    EXPECT_EQ(perMonth(result, 0), (std::vector<std::uint64_t>{400, 400, 0}));
    EXPECT_EQ(perMonth(result, 1), (std::vector<std::uint64_t>{100, 100, 0}));
    EXPECT_EQ(result.customers, (std::vector<std::uint64_t>{0, 50, 50}));
}

TEST(Schedule, AFortyFiveDayLagSplitsHalfAndHalfBeforeRounding) {
    ScheduleRequest request = example(0, 1);
    request.goalIsList = true;
    request.customerList = {25};  // 50 SQLs: 25 two months ahead, 25 one month ahead
    request.lagDays = {0, 45};
    ScheduleResult result = schedule(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.months, (std::vector<std::string>{"2027-01", "2027-02", "2027-03"}));
    EXPECT_EQ(perMonth(result, 1), (std::vector<std::uint64_t>{25, 25, 0}));
    EXPECT_EQ(perMonth(result, 0), (std::vector<std::uint64_t>{100, 100, 0}));
    // 13 customers: 26 SQLs, 13 and 13; 7: 14 SQLs, 7 and 7; 1: 2 SQLs; a half each.
    request.customerList = {1};
    result = schedule(request);
    EXPECT_EQ(perMonth(result, 1), (std::vector<std::uint64_t>{1, 1, 0}));
    // An odd need: 3 customers at 50 % = 6 SQLs, but at 40 % 7.5: 3.75 and 3.75 -> 4 then 4 (cumulative 7.5 -> 8).
    request.conversions[1] = rate(0.4);
    request.customerList = {3};
    result = schedule(request);
    EXPECT_EQ(perMonth(result, 1), (std::vector<std::uint64_t>{4, 4, 0}));
}

TEST(Schedule, RevenueGoalsNeedCeilRoverDEachMonthUnlessShaped) {
    ScheduleRequest request = example(0, 3);
    request.byRevenue = true;
    request.revenue = 100001;
    request.dealValue = 2000;                                                          // 50.0005 customers
    EXPECT_EQ(schedule(request).customers, (std::vector<std::uint64_t>{51, 51, 51}));  // as plan, each month
    request.growth = 0;  // shaped (by nothing): the exact target takes them, cumulatively
    EXPECT_EQ(schedule(request).customers, (std::vector<std::uint64_t>{51, 50, 50}));
}

TEST(Schedule, AQuartersOrAYearsGoalIsSpreadExactlyOverItsMonths) {
    ScheduleRequest request = example(44, 6);
    request.periodMonths = 3;  // 44/3 = 14.67 a month: 15, 15, 14, and every quarter has its 44
    EXPECT_EQ(schedule(request).customers, (std::vector<std::uint64_t>{15, 15, 14, 15, 15, 14}));
    request = example(500, 12);
    request.periodMonths = 12;
    const ScheduleResult year = schedule(request);
    std::uint64_t total = 0;
    for (std::uint64_t month : year.customers) total += month;
    EXPECT_EQ(total, 500u);
    EXPECT_EQ(year.customers[0], 42u);  // 41.67 rounded up: by the end of each month the goal so far is met
    request = example(0, 3);
    request.byRevenue = true;
    request.revenue = 100001;  // 50.0005 deals a quarter: as plan, 51 a quarter, 17 a month
    request.dealValue = 2000;
    request.periodMonths = 3;
    EXPECT_EQ(schedule(request).customers, (std::vector<std::uint64_t>{17, 17, 17}));
    request = example(0, 2);
    request.goalIsList = true;
    request.customerList = {5, 5};
    request.periodMonths = 3;
    EXPECT_EQ(errorCodes(schedule(request)), (std::vector<std::string>{"periodMonths:not_with_list"}));
    request.periodMonths = 1.5;
    EXPECT_EQ(errorCodes(schedule(request)), (std::vector<std::string>{"periodMonths:horizon_range"}));
}

TEST(Schedule, GrowthCompoundsExactly) {
    ScheduleRequest request = example(100, 5);
    request.growth = 0.1;  // 100, 110, 121, 133.1, 146.41: cumulative 100, 210, 331, 464.1, 610.51
    EXPECT_EQ(schedule(request).customers, (std::vector<std::uint64_t>{100, 110, 121, 134, 146}));
    request.growth = -0.5;  // 100, 50, 25, 12.5, 6.25: cumulative 187.5, 193.75
    EXPECT_EQ(schedule(request).customers, (std::vector<std::uint64_t>{100, 50, 25, 13, 6}));
    // 0.07 is exactly 7/100: 100 * 1.07^i, cumulative ceiling of 100, 107, 114.49, 122.5043, 131.079601.
    request.growth = 0.07;
    EXPECT_EQ(schedule(request).customers, (std::vector<std::uint64_t>{100, 107, 115, 122, 132}));
}

TEST(Schedule, SeasonalityIsNormalisedToItsMean) {
    ScheduleRequest request = example(100, 12);
    request.start = "2027-01";
    request.seasonality = std::vector<double>(12, 2.0);  // flat, at any scale
    EXPECT_EQ(schedule(request).customers, std::vector<std::uint64_t>(12, 100));
    // A summer and December dip: August and December at half, the others up to keep the mean.
    std::vector<double> weights(12, 1.0);
    weights[7] = 0.5;
    weights[11] = 0.5;
    request.seasonality = weights;
    const ScheduleResult result = schedule(request);
    std::uint64_t year = 0;
    for (std::uint64_t month : result.customers) year += month;
    EXPECT_EQ(year, 1200u);  // the year's goal is kept exactly
    EXPECT_LT(result.customers[7], result.customers[6]);
    EXPECT_EQ(result.customers[0], 110u);  // 100 * 12 / 11 = 109.09 -> 110
    // A month of weight 0 needs nothing; the schedule starts where the weights do.
    weights.assign(12, 1.0);
    weights[0] = 0;
    request.seasonality = weights;
    EXPECT_EQ(schedule(request).customers[0], 0u);
}

TEST(Schedule, NamesEachBadValueByItsField) {
    ScheduleRequest request = example(50, 3);
    request.start = "2027-13";
    request.months = 37;
    request.lagDays = {0, -1};
    request.growth = 1.5;
    EXPECT_EQ(errorCodes(schedule(request)), (std::vector<std::string>{"start:bad_month", "months:horizon_range",
                                                                       "growth:growth_range", "lagDays[1]:lag_range"}));
    request = example(50, 3);
    request.goalIsList = true;
    request.customerList = {1, 2};
    request.seasonality = std::vector<double>(11, 1.0);
    EXPECT_EQ(errorCodes(schedule(request)),
              (std::vector<std::string>{"goal.customers:list_length", "seasonality:not_with_list",
                                        "seasonality:list_length"}));
    request = example(0, 3);
    EXPECT_EQ(errorCodes(schedule(request)), (std::vector<std::string>{"goal.customers:all_zero"}));
    request = example(50, 2.5);
    request.start = "27-03";
    EXPECT_EQ(errorCodes(schedule(request)), (std::vector<std::string>{"start:bad_month", "months:horizon_range"}));
    request = example(0, 1e300);  // found by fuzzing: a horizon far beyond any list length
    request.goalIsList = true;
    request.customerList = {11, 0, 25};
    EXPECT_EQ(errorCodes(schedule(request)), (std::vector<std::string>{"months:horizon_range"}));
    request = example(50, 1);
    request.goalIsList = true;
    request.customerList = {-1};
    EXPECT_EQ(errorCodes(schedule(request)), (std::vector<std::string>{"goal.customers[0]:negative"}));
}

TEST(Schedule, OffersPresetsThatTheScheduleAccepts) {
    const Value rules = scheduleRules();
    ASSERT_EQ(rules.find("horizons")->items.size(), 5u);
    for (const Value& preset : rules.find("seasonality")->items) {
        ScheduleRequest request = example(100, 12);
        request.start = "2027-01";
        request.seasonality.emplace();
        for (const Value& weight : preset.find("weights")->items) request.seasonality->push_back(weight.number);
        const ScheduleResult result = schedule(request);
        ASSERT_TRUE(result.ok) << preset.find("id")->string;
        std::uint64_t year = 0;
        for (std::uint64_t month : result.customers) year += month;
        EXPECT_EQ(year, 1200u) << preset.find("id")->string;  // a preset shifts customers, never adds any
    }
}

TEST(Schedule, BeyondTwoToThe53IsAnError) {
    ScheduleRequest request = example(1e15, 36);
    request.conversions = {rate(0.001), rate(0.01)};
    EXPECT_EQ(errorCodes(schedule(request)), (std::vector<std::string>{"goal:too_large"}));
}

// The rule's promise, on random funnels, goals, lags, seasons and growth:
// every stage's total is plan()'s requirement for the total customers.
TEST(Schedule, TotalsEqualThePlanOfTheTotalGoal) {
    std::mt19937_64 random(20261130);
    const auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    for (int trial = 0; trial < 3000; ++trial) {
        ScheduleRequest request;
        const int stages = uniform(2, 5);
        request.stages.clear();
        for (int s = 0; s < stages; ++s) request.stages.push_back("S" + std::to_string(s));
        for (int s = 0; s + 1 < stages; ++s) {
            if (uniform(0, 1) == 0) {
                const int from = uniform(1, 5000);
                request.conversions.push_back(counts(uniform(1, from), from));
            } else {
                request.conversions.push_back(rate(uniform(1, 1000) / 1000.0));
            }
            request.lagDays.push_back(uniform(0, 3) == 0 ? 0 : uniform(0, 900) / 10.0);
        }
        request.start = "2027-0" + std::to_string(uniform(1, 9));
        request.months = uniform(1, 36);
        const int kind = uniform(0, 2);
        if (kind == 0) {
            request.customers = uniform(1, 500);
        } else if (kind == 1) {
            request.goalIsList = true;
            for (int m = 0; m < request.months; ++m) request.customerList.push_back(uniform(0, 80));
            request.customerList[0] += 1;
        } else {
            request.byRevenue = true;
            request.revenue = uniform(1000, 10000000) / 100.0;
            request.dealValue = uniform(100, 500000) / 100.0;
        }
        if (!request.goalIsList && uniform(0, 1) == 0) {
            request.seasonality.emplace();
            for (int j = 0; j < 12; ++j) request.seasonality->push_back(uniform(0, 30) / 10.0);
            (*request.seasonality)[0] += 1;
        }
        if (!request.goalIsList && uniform(0, 1) == 0) request.growth = uniform(-50, 100) / 1000.0;
        if (!request.goalIsList) request.periodMonths = std::vector<double>{1, 3, 12}[uniform(0, 2)];

        const ScheduleResult result = schedule(request);
        ASSERT_TRUE(result.ok) << trial << ": " << (result.errors.empty() ? "" : result.errors[0].field);
        std::uint64_t customers = 0;
        for (std::uint64_t month : result.customers) customers += month;
        PlanRequest total;
        total.stages = request.stages;
        total.conversions = request.conversions;
        total.goal.customers = static_cast<double>(customers);
        const PlanResult expected = plan(total);
        ASSERT_TRUE(expected.ok);
        for (std::size_t s = 0; s < request.stages.size(); ++s) {
            ASSERT_EQ(result.stages[s].total, expected.stages[s].required) << "trial " << trial << ", stage " << s;
            ASSERT_EQ(result.stages[s].perMonth.size(), result.months.size());
        }
        ASSERT_EQ(result.months.size(), result.leadMonths + static_cast<std::size_t>(request.months));
    }
}

}  // namespace
}  // namespace funnel
