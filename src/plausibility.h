// Plausibility of a plan's input: values that are almost certainly a slip,
// found from the plan itself (hint.h). They never block the plan.
#pragma once

#include <vector>

#include "hint.h"
#include "plan.h"

namespace funnel {

// - a revenue goal below one deal value (the two swapped?);
// - a goal 11 times the history or more (a gap of +1000 %), or below 1 % of
//   it, measured at the lowest stage with a history; for a revenue goal, the
//   deal value (above) or the revenue (below) times a power of ten that
//   brings the goal within that range is offered (a thousand, a million or a
//   billion first, else the one nearest the history), when one does;
// - history months that read as weeks (52, 104, ... up to 5 years) or days
//   (365, 730, ...), or more than 10 years.
std::vector<Hint> planHints(const PlanRequest& request, const PlanResult& result);

}  // namespace funnel
