// Reading plan and forecast requests out of whatever JavaScript handed over.
#pragma once

#include <vector>

#include "forecast.h"
#include "issue.h"
#include "plan.h"
#include "value.h"

namespace funnel {

struct DecodedPlanRequest {
    PlanRequest request;
    std::vector<Issue> errors;  // shape and type problems; values are checked by plan()
};

DecodedPlanRequest decodePlanRequest(const Value& input);

struct DecodedForecastRequest {
    ForecastRequest request;
    std::vector<Issue> errors;  // shape and type problems; values are checked by forecast()
};

DecodedForecastRequest decodeForecastRequest(const Value& input);

}  // namespace funnel
