// The plan over time: which month each stage's leads are needed in, for a
// goal per month, with the sales cycle's lag between stages, seasonality and
// growth; every number whole, and by the end of every month the leads so far
// suffice for the customers so far (the cumulative ceiling; README, "The
// schedule rule").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "funnel.h"
#include "issue.h"
#include "value.h"

namespace funnel {

struct ScheduleRequest {
    std::vector<std::string> stages = defaultStages();
    std::vector<ConversionInput> conversions;
    std::string start;  // "YYYY-MM"
    double months = 0;  // the horizon, 1 to 36
    // The goal per month: one number of customers, one per month, or a revenue over a deal value.
    bool goalIsList = false;
    bool byRevenue = false;
    double customers = 0;
    std::vector<double> customerList;
    double revenue = 0;
    double dealValue = 0;
    // The period a single-number goal is for, in months (1 to 36): a goal of 44
    // a quarter is 44/3 a month, exactly, made whole by the cumulative ceiling.
    double periodMonths = 1;
    std::optional<std::vector<double>> seasonality;  // 12 weights, January first
    std::optional<double> growth;                    // per month, -0.5 to 1
    std::vector<double> lagDays;                     // one per conversion; empty: no lag
};

struct ScheduleStage {
    std::string name;
    std::vector<std::uint64_t> perMonth;  // aligned with ScheduleResult::months
    std::uint64_t total = 0;
};

struct ScheduleResult {
    bool ok = false;
    std::vector<std::string> months;  // from the first month that needs volume to the horizon's end
    std::size_t leadMonths = 0;       // how many of them lie before `start`
    std::vector<ScheduleStage> stages;
    std::vector<std::uint64_t> customers;  // the bottom stage's, aligned with months
    std::vector<Issue> warnings;
    std::vector<Issue> errors;
};

ScheduleResult schedule(const ScheduleRequest& request);

// What the page offers to choose: { horizons, seasonality: [{ id, weights }],
// holidayRegions } (schedule_rules.cpp).
Value scheduleRules();

// The value checks schedule() runs first, one Issue per problem.
std::vector<Issue> checkScheduleRequest(const ScheduleRequest& request);

}  // namespace funnel
