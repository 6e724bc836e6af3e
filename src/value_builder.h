// Builds a Value from the calls an answer writer makes (api.cpp): the native
// API's answers. The wasm binding gives the same writer a WireWriter instead
// (wire.h), so an answer is written by one piece of code and never built as a
// tree just to be flattened again.
//
// The writer calls, in order: object(), then for each entry key() and one
// value, then close(); array(), its values, close(); number(), text(),
// boolean(), null() for one value. Nobody counts entries by hand: a
// container's size is what it holds when it closes.
#pragma once

#include <cassert>
#include <string_view>
#include <vector>

#include "answer_key.h"
#include "value.h"

namespace funnel {

class ValueBuilder {
public:
    void object() { open(Value::object()); }
    void array() { open(Value::array()); }
    void close();
    void key(AnswerKey key) { key_ = key; }
    void number(double number) { place(Value::of(number)); }
    void text(std::string_view text) { place(Value::of(std::string(text))); }
    void boolean(bool boolean) { place(Value::of(boolean)); }
    void null() { place(Value::null()); }

    // The finished answer: every container must have been closed.
    Value take() {
        assert(open_.empty());
        return std::move(root_);
    }

private:
    struct Open {
        Value container;
        AnswerKey key;  // its key in the object around it
    };

    void open(Value container) { open_.push_back(Open{std::move(container), key_}); }
    void place(Value value);

    Value root_;
    std::vector<Open> open_;  // the containers being filled, innermost last
    AnswerKey key_ = AnswerKey::ok;
};

// An answer as the native API returns it: the tree that `write` builds.
template <typename Write>
Value built(Write write) {
    ValueBuilder builder;
    write(builder);
    return builder.take();
}

}  // namespace funnel
