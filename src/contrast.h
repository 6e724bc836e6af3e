// How readable white text is on a colour: the accent a host picks (issue 20's
// embed builder) carries white text on the planner's buttons, bars and
// language switch. The WCAG 2 contrast ratio, from 1 (white on white) to 21
// (white on black); 4.5 is what WCAG's AA asks of normal text.
#pragma once

#include <optional>
#include <string_view>

#include "value.h"

namespace funnel {

constexpr double kReadableContrast = 4.5;

// The contrast of white on `colour`, "#rrggbb" or "#rgb" in either case (what a colour field gives); nothing for
// any other text.
std::optional<double> contrastWithWhite(std::string_view colour);

// { colour, locale? } -> { ok: true, ratio, readable: ratio >= 4.5, readableFrom: 4.5 } | { ok: false, errors: [{
// field: "colour", code: "not_text" }] } for anything but such a colour.
Value contrastValue(const Value& input);

}  // namespace funnel
