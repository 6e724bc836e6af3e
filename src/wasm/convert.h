// Copies between JavaScript values and the core's Value tree. Nothing here
// checks meaning: that is the core's job, where it is tested natively.
#pragma once

#include <emscripten/val.h>

#include "value.h"

namespace funnel::wasm {

// A JS value, as guard.js hands it over (plain data). Depth, list length and
// key count are capped here too, so no input costs unbounded time; the core
// then reports what is missing or wrong.
Value fromJs(const emscripten::val& value);

emscripten::val toJs(const Value& value);

}  // namespace funnel::wasm
