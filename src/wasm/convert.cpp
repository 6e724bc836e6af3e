#include "convert.h"

#include <algorithm>
#include <string>

namespace funnel::wasm {
namespace {

using emscripten::val;

constexpr int kMaxDepth = 6;          // a plan input is 3 levels deep
constexpr unsigned kMaxEntries = 64;  // more than 8 stages is an error anyway

Value fromJs(const val& value, int depth) {
    const std::string type = value.typeOf().as<std::string>();
    if (type == "number") return Value::of(value.as<double>());
    if (type == "string") return Value::of(value.as<std::string>());
    if (type == "boolean") return Value::of(value.as<bool>());
    if (type == "undefined") return Value{};
    if (value.isNull()) return Value::null();
    // Functions, symbols and BigInts read as an empty object: "not a number" to the core.
    if (type != "object" || depth >= kMaxDepth) return Value::object();
    if (value.isArray()) {
        Value list = Value::array();
        const unsigned length = std::min(value["length"].as<unsigned>(), kMaxEntries);
        for (unsigned i = 0; i < length; ++i) list.push(fromJs(value[i], depth + 1));
        return list;
    }
    Value object = Value::object();
    const val keys = val::global("Object").call<val>("keys", value);
    const unsigned count = std::min(keys["length"].as<unsigned>(), kMaxEntries);
    for (unsigned i = 0; i < count; ++i) {
        const val key = keys[i];
        object.set(key.as<std::string>(), fromJs(value[key], depth + 1));
    }
    return object;
}

}  // namespace

Value fromJs(const val& value) { return fromJs(value, 0); }

val toJs(const Value& value) {
    switch (value.kind) {
        case Value::Kind::undefined:
            return val::undefined();
        case Value::Kind::null:
            return val::null();
        case Value::Kind::boolean:
            return val(value.boolean);
        case Value::Kind::number:
            return val(value.number);
        case Value::Kind::string:
            return val(value.string);
        case Value::Kind::array: {
            val list = val::array();
            for (std::size_t i = 0; i < value.items.size(); ++i) list.set(i, toJs(value.items[i]));
            return list;
        }
        case Value::Kind::object: {
            val object = val::object();
            for (const auto& member : value.members) object.set(member.key, toJs(member.value));
            return object;
        }
    }
    return val::undefined();
}

}  // namespace funnel::wasm
