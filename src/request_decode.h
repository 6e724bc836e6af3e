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

// A member that is given: undefined and null both mean "not given", as they do for optional JS arguments.
const Value* given(const Value& object, const char* key);

Decoded<PlanRequest> decodePlanRequest(const Value& input);
Decoded<ForecastRequest> decodeForecastRequest(const Value& input);
Decoded<ScheduleRequest> decodeScheduleRequest(const Value& input);
Decoded<PaceRequest> decodePaceRequest(const Value& input);

}  // namespace funnel
