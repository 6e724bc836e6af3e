// The parts of a share link that hold the goal: customers (g), or revenue and
// a deal value (rv, dv), and the kind (gk) when both kinds hold something;
// read together, since each says what the others mean (share_link.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "link_text.h"
#include "value.h"

namespace funnel::link {

using Text = std::optional<std::string_view>;

// The goal into `state` from the texts of gk, g, rv and dv (each absent or a link's value).
void readGoal(const Text& goalKind, const Text& customers, const Text& revenue, const Text& dealValue, Value& state,
              Notices& notices);

// "&gk=...&g=...&rv=...&dv=..." as far as the goal holds them.
void appendGoal(std::string& out, const Value& goal);

}  // namespace funnel::link
