// Test helpers: JSON (the golden table) to the core's Value tree, and a
// "contains" comparison with the same rules as tests/node/golden.mjs.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "value.h"

namespace funnel::testing {

// {"$number": "NaN" | "Infinity" | "-Infinity"} stands for what JSON cannot spell.
Value fromJson(const nlohmann::json& json);

// Every key of `expected` is in `actual` with an equal value (numbers to 1e-9
// relative); arrays must have the same length. Returns "" or the first difference.
std::string firstDifference(const Value& actual, const nlohmann::json& expected, const std::string& path = "");

}  // namespace funnel::testing
