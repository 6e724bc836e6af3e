// The forward question: "we have 300 MQLs this month, how many customers will
// that make?" Under the same model as the confidence plan.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "issue.h"
#include "plan.h"

namespace funnel {

struct ForecastRequest {
    std::vector<std::string> stages = defaultStages();
    std::vector<ConversionInput> conversions;
    // The stage the volume enters, by name, or by index when that is given.
    std::string stageName;
    std::optional<double> stageIndex;
    double count = 0;
    // Money per customer, for the revenue the customers bring (> 0; when
    // absent, a revenue goal's deal value).
    std::optional<double> dealValue;
    // The plan's goal for the same period, to compare with. Only a goal that
    // is one (decoded and valid) is kept: a goal still being typed is the
    // plan's to report, and the forecast stands without it.
    std::optional<Goal> goal;
};

struct StageForecast {
    std::string name;
    double expected = 0;     // the mean under the rates' posteriors
    std::uint64_t low = 0;   // 10th percentile
    std::uint64_t high = 0;  // 90th percentile
};

// The customers' worth: expected, 10th and 90th percentile times the deal value.
struct RevenueForecast {
    double dealValue = 0;
    double expected = 0;
    double low = 0;
    double high = 0;
};

// The forecast against the goal: its customers, the expected customers as a
// share of them, and the chance to reach them, under the same model.
struct GoalComparison {
    std::uint64_t customers = 0;
    double share = 0;
    double probability = 0;
};

struct ForecastResult {
    bool ok = false;
    std::vector<StageForecast> stages;  // from the volume's stage down to the last
    std::optional<RevenueForecast> revenue;
    std::optional<GoalComparison> goal;
    std::vector<Issue> errors;
};

ForecastResult forecast(const ForecastRequest& request);

// The value checks forecast() runs first, one Issue per problem.
std::vector<Issue> checkForecastRequest(const ForecastRequest& request);

}  // namespace funnel
