// A JavaScript-like value tree: what crosses the boundary between the page
// and the core. The binding turns any JS value into one of these (and back),
// so that every check of shape and type happens in the core, where it is
// tested natively, and the binding stays a dumb copier.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace funnel {

struct Value {
    // too_long: a list or object the binding did not copy because it had more
    // entries than it carries (wire.h), or sat deeper than any request goes;
    // `number` holds its entry count. The core answers with a too_long error
    // at its field path, never with what was left after a cut.
    enum class Kind { undefined, null, boolean, number, string, array, object, too_long };
    struct Member;

    Kind kind = Kind::undefined;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Value> items;     // array elements
    std::vector<Member> members;  // object properties, in insertion order

    static Value null() {
        Value v;
        v.kind = Kind::null;
        return v;
    }
    static Value of(bool b) {
        Value v;
        v.kind = Kind::boolean;
        v.boolean = b;
        return v;
    }
    static Value of(double n) {
        Value v;
        v.kind = Kind::number;
        v.number = n;
        return v;
    }
    static Value of(std::string s) {
        Value v;
        v.kind = Kind::string;
        v.string = std::move(s);
        return v;
    }
    static Value of(const char* s) { return of(std::string(s)); }
    static Value tooLong(double count) {
        Value v;
        v.kind = Kind::too_long;
        v.number = count;
        return v;
    }
    static Value array() {
        Value v;
        v.kind = Kind::array;
        return v;
    }
    static Value object() {
        Value v;
        v.kind = Kind::object;
        return v;
    }

    bool is(Kind k) const { return kind == k; }
    // The property named `key`, or nullptr when absent or this is no object.
    const Value* find(std::string_view key) const;
    // Chained on a temporary (Value::object().set(...).set(...)), these move
    // the temporary along instead of copying the tree at every step.
    Value& set(std::string key, Value value) &;  // object: adds or replaces
    Value&& set(std::string key, Value value) && { return std::move(set(std::move(key), std::move(value))); }
    Value& push(Value value) &;  // array: appends
    Value&& push(Value value) && { return std::move(push(std::move(value))); }
};

struct Value::Member {
    std::string key;
    Value value;
};

}  // namespace funnel
