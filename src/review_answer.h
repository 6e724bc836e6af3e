// review() across the boundary: the request read out of a plain object, the
// answer as one (docs/api.md, core.review).
#pragma once

#include "value.h"

namespace funnel {

Value reviewValue(const Value& input);

}  // namespace funnel
