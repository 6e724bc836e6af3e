// handoff() across the boundary: the request read out of a plain object, the
// answer as one (docs/api.md, core.handoff), and its defaults.
#pragma once

#include "value.h"

namespace funnel {

Value handoffValue(const Value& input);

// What the hand-off starts with in `locale`: scoringDefaults(locale) as { criteria: [{ name, group, points }],
// thresholds: { mql, sql, sqlMinFit } }, and the capacity's and service levels' defaults, { perPerson } and
// { responseHours, demoResponseHours, attempts, attemptDays, feedbackDays, termMonths }.
Value handoffDefaultsValue(const Value& locale);

}  // namespace funnel
