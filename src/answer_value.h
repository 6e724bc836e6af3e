// Pieces of the answers built as a Value tree (the import's, the review's, the
// channels', the hand-off's): issues with their messages in the request's
// language, a number or null, and numbers read out of what JavaScript handed over.
#pragma once

#include <cmath>
#include <optional>
#include <vector>

#include "issue.h"
#include "request_decode.h"  // given
#include "value.h"

namespace funnel {

inline Value issuesValue(const std::vector<Issue>& list, Locale locale) {
    Value out = Value::array();
    for (const Issue& issue : list)
        out.push(Value::object()
                     .set("field", Value::of(issue.field))
                     .set("code", Value::of(codeName(issue.code)))
                     .set("message", Value::of(message(issue.code, locale))));
    return out;
}

inline Value numberOrNull(const std::optional<double>& value) { return value ? Value::of(*value) : Value::null(); }

// A number handed over, or NaN for what is none (the checks then name it at its path).
inline double numberOf(const Value* value) {
    return value && value->is(Value::Kind::number) ? value->number : std::nan("");
}

inline std::vector<double> numbersOf(const Value* list) {
    std::vector<double> out;
    if (list && list->is(Value::Kind::array))
        for (const Value& item : list->items) out.push_back(numberOf(&item));
    return out;
}

// A member that may be left out: none when it is not given, else its number (NaN for what is none).
inline std::optional<double> optionalNumber(const Value& object, const char* key) {
    const Value* value = given(object, key);
    return value ? std::optional<double>(numberOf(value)) : std::nullopt;
}

}  // namespace funnel
