// Reading a plan request out of whatever JavaScript handed over.
#pragma once

#include <vector>

#include "issue.h"
#include "plan.h"
#include "value.h"

namespace funnel {

struct DecodedPlanRequest {
    PlanRequest request;
    std::vector<Issue> errors;  // shape and type problems; values are checked by plan()
};

DecodedPlanRequest decodePlanRequest(const Value& input);

}  // namespace funnel
