// What every fuzz target asks of an answer: no NaN or Infinity anywhere in it.
#pragma once

#include <cmath>
#include <cstdlib>

#include "value.h"

namespace funnel::fuzz {

inline void requireFinite(const Value& value) {
    if (value.is(Value::Kind::number) && !std::isfinite(value.number)) std::abort();
    for (const auto& item : value.items) requireFinite(item);
    for (const auto& member : value.members) requireFinite(member.value);
}

}  // namespace funnel::fuzz
