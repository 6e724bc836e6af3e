#include "json_value.h"

#include <cmath>
#include <limits>

namespace funnel::testing {

Value fromJson(const nlohmann::json& json) {
    // Only {"$number": "<name>"} with a name JSON cannot spell is the stand-in;
    // anything else (a number, {"$number": 2}) is an ordinary object. Reading
    // it must never throw: the fuzz targets feed this any JSON.
    if (json.is_object() && json.size() == 1) {
        const auto stand_in = json.find("$number");
        if (stand_in != json.end() && stand_in->is_string()) {
            const std::string& name = stand_in->get_ref<const std::string&>();
            const double infinity = std::numeric_limits<double>::infinity();
            if (name == "NaN") return Value::of(std::nan(""));
            if (name == "Infinity") return Value::of(infinity);
            if (name == "-Infinity") return Value::of(-infinity);
        }
    }
    if (json.is_null()) return Value::null();
    if (json.is_boolean()) return Value::of(json.get<bool>());
    if (json.is_number()) return Value::of(json.get<double>());
    if (json.is_string()) return Value::of(json.get<std::string>());
    if (json.is_array()) {
        Value list = Value::array();
        for (const auto& item : json) list.push(fromJson(item));
        return list;
    }
    Value object = Value::object();
    for (const auto& [key, item] : json.items()) object.set(key, fromJson(item));
    return object;
}

std::string firstDifference(const Value& actual, const nlohmann::json& expected, const std::string& path) {
    using Kind = Value::Kind;
    const std::string where = path.empty() ? "(root)" : path;
    if (expected.is_null()) return actual.is(Kind::null) ? "" : where + ": expected null";
    if (expected.is_boolean()) {
        return actual.is(Kind::boolean) && actual.boolean == expected.get<bool>() ? "" : where + ": boolean differs";
    }
    if (expected.is_number()) {
        const double want = expected.get<double>();
        if (!actual.is(Kind::number)) return where + ": expected a number";
        const bool close = std::fabs(actual.number - want) <= 1e-9 * std::max(1.0, std::fabs(want));
        return close ? "" : where + ": " + std::to_string(actual.number) + " != " + std::to_string(want);
    }
    if (expected.is_string()) {
        return actual.is(Kind::string) && actual.string == expected.get<std::string>()
                   ? ""
                   : where + ": expected \"" + expected.get<std::string>() + "\", got \"" + actual.string + "\"";
    }
    if (expected.is_array()) {
        if (!actual.is(Kind::array) || actual.items.size() != expected.size()) return where + ": list length differs";
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const std::string difference =
                firstDifference(actual.items[i], expected[i], path + "[" + std::to_string(i) + "]");
            if (!difference.empty()) return difference;
        }
        return "";
    }
    if (!actual.is(Kind::object)) return where + ": expected an object";
    for (const auto& [key, item] : expected.items()) {
        const Value* found = actual.find(key);
        if (!found) return where + ": missing key " + key;
        const std::string difference = firstDifference(*found, item, path.empty() ? key : path + "." + key);
        if (!difference.empty()) return difference;
    }
    return "";
}

}  // namespace funnel::testing
