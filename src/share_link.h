// The whole input of the page in a URL fragment, so that a copied link (or
// the copy the page keeps in localStorage) reopens the same plan:
// "fp1&g=50&s=MQL,SQL,Customer&c=4000:1000,r0.5&h=12".
//
// Nothing typed is lost on the way: a field holds a number, nothing (the
// person cleared it: "g="), or text that is no number ("g=~1e999"), and
// reading keeps every readable part of a funnel even when another part is
// not, with a notice that names the part. Nothing in a link is ever run.
#pragma once

#include <string>
#include <string_view>

#include "value.h"

namespace funnel {

// { ok: false } when `fragment` (with or without "#") is no planner link;
// else { ok: true, state, notices: [{ field, code }] }. `state` holds only what
// the link gave: view ("plan"/"forecast"), lang, goal ({ customers } or
// { revenue, dealValue }), periodMonths, stages and conversions (always
// together, one conversion fewer than stages), historyMonths, confidence,
// volume ({ stage: index, count }). Each field of a number is a number, null
// (empty) or a string (the text as typed, when it was no number). A
// conversion is { fromCount, toCount } or { rate }; with `mode` ("counts" or
// "rate") it holds the other mode's fields too, kept for when the person
// switches back; so does a goal with `kind` ("customers" or "revenue"). A
// stage name "" is empty.
// Notice codes: share_unreadable (the part is left empty or out),
// share_unsupported (a value the page cannot show: a confidence or period it
// does not offer, a volume at no stage, a number its fields would spell
// differently), share_too_long (beyond 4096 characters; nothing is read).
Value readShareLink(std::string_view fragment);

// The fragment (without "#") for a state of the same shape; parts that are
// absent or of another type are left out.
std::string writeShareLink(const Value& state);

}  // namespace funnel
