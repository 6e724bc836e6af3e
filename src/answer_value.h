// Pieces of the answers built as a Value tree (the import's and the review's):
// issues with their messages in the request's language, and a number or null.
#pragma once

#include <optional>
#include <vector>

#include "issue.h"
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

}  // namespace funnel
