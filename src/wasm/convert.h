// The binding's two converters: the arguments of a call arrive as one wire
// buffer (src/wire.h, written by guard.js), and the answer leaves as one.
#pragma once

#include <emscripten/val.h>

#include <string>

#include "value.h"

namespace funnel::wasm {

// The call's arguments, in order; a missing one reads as undefined.
class Arguments {
public:
    explicit Arguments(const std::string& wire);
    const Value& operator[](std::size_t index) const;

private:
    Value list_;
    Value missing_;
};

// The answer as a Uint8Array over wasm memory, valid until the next call:
// guard.js reads it at once.
emscripten::val reply(const Value& answer);

// The same for an answer the core writes to the wire itself (api.h).
emscripten::val reply(void (*write)(const Value& input, std::string& out), const Value& input);

// The names of the answers' keys, in AnswerKey order: guard.js asks once.
emscripten::val answerKeyNames();

}  // namespace funnel::wasm
