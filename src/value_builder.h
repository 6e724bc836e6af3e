// Builds a Value from the calls an answer writer makes (api.cpp): the native
// API's answers. The wasm binding gives the same writer a WireWriter instead
// (wire.h), so an answer is written by one piece of code and never built as a
// tree just to be flattened again.
//
// The writer calls, in order: object(n) then n times key() and one value;
// array(n) then n values; number(), text(), boolean(), null() for one value.
#pragma once

#include <cassert>
#include <cstddef>
#include <string_view>
#include <vector>

#include "answer_key.h"
#include "value.h"

namespace funnel {

class ValueBuilder {
public:
    void object(std::size_t count) { open(Value::object(), count); }
    void array(std::size_t count) { open(Value::array(), count); }
    void key(AnswerKey key) { key_ = key; }
    void number(double number) { place(Value::of(number)); }
    void text(std::string_view text) { place(Value::of(std::string(text))); }
    void boolean(bool boolean) { place(Value::of(boolean)); }
    void null() { place(Value::null()); }

    // The finished answer. Every container must have had all the entries its
    // count announced: the wire needs them, and a tree must not hide a miscount.
    Value take() {
        assert(open_.empty());
        return std::move(root_);
    }

private:
    struct Open {
        Value* container;
        std::size_t remaining;
    };

    void open(Value container, std::size_t count);
    Value& place(Value value);

    Value root_;
    std::vector<Open> open_;  // the containers still waiting for entries, innermost last
    AnswerKey key_ = AnswerKey::ok;
};

}  // namespace funnel
