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
};

struct StageForecast {
    std::string name;
    double expected = 0;     // the mean under the rates' posteriors
    std::uint64_t low = 0;   // 10th percentile
    std::uint64_t high = 0;  // 90th percentile
};

struct ForecastResult {
    bool ok = false;
    std::vector<StageForecast> stages;  // from the volume's stage down to the last
    std::vector<Issue> errors;
};

ForecastResult forecast(const ForecastRequest& request);

// The value checks forecast() runs first, one Issue per problem.
std::vector<Issue> checkForecastRequest(const ForecastRequest& request);

}  // namespace funnel
