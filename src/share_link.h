// The whole input of the page in a URL fragment, so that a copied link reopens
// the same plan: "fp1&g=50&s=MQL,SQL,Customer&c=4000:1000,r0.5&h=12".
// Reading is lenient: what cannot be read is left out with a notice, and the
// page keeps its defaults there. Nothing in a link is ever run or trusted.
#pragma once

#include <string>
#include <string_view>

#include "value.h"

namespace funnel {

// { ok: false } when `fragment` (with or without "#") is no planner link;
// else { ok: true, state, notices: [{ field, code }] }. `state` holds only what
// was read: view ("plan"/"forecast"), lang, goal ({ customers } or
// { revenue, dealValue }), periodMonths, stages, conversions, historyMonths,
// confidence, volume ({ stage: index, count }).
Value readShareLink(std::string_view fragment);

// The fragment (without "#") for a state of the same shape; parts that are
// missing or of the wrong type are left out.
std::string writeShareLink(const Value& state);

}  // namespace funnel
