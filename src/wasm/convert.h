// The binding's two converters: the arguments of a call arrive as one wire
// buffer (src/wire.h, written by guard.js), and the answer leaves as one.
#pragma once

#include <emscripten/val.h>

#include <string>

#include "value.h"

namespace funnel::wasm {

// Call number `index` of src/calls.h with the arguments in `wire` (a list);
// the answer as a Uint8Array over wasm memory, valid until the next call:
// guard.js reads it at once. An unknown number answers undefined.
emscripten::val call(int index, const std::string& wire);

// [[name, arity], ...] of every call: guard.js asks once.
emscripten::val callTable();

// The names of the answers' keys, in AnswerKey order: guard.js asks once.
emscripten::val answerKeyNames();

}  // namespace funnel::wasm
