// Reading plan and forecast requests out of whatever JavaScript handed over.
#pragma once

#include <vector>

#include "forecast.h"
#include "issue.h"
#include "pace.h"
#include "plan.h"
#include "schedule.h"
#include "value.h"

namespace funnel {

template <typename Request>
struct Decoded {
    Request request;
    std::vector<Issue> errors;  // shape and type problems; values are checked by plan() or forecast()
};

Decoded<PlanRequest> decodePlanRequest(const Value& input);
Decoded<ForecastRequest> decodeForecastRequest(const Value& input);
Decoded<ScheduleRequest> decodeScheduleRequest(const Value& input);
Decoded<PaceRequest> decodePaceRequest(const Value& input);

}  // namespace funnel
