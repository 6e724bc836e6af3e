// The bytes a Value travels in between the page and the wasm core: one buffer
// each way instead of one Embind call per property, which made the boundary
// cost more than the point plan itself. Numbers travel as their IEEE 754 bits,
// so nothing is printed or parsed on the way (exactness is the core's job).
//
//   value  = tag payload          (little-endian throughout)
//   tag 0  undefined   1 null   2 false   3 true
//   tag 4  number:  8 bytes, an IEEE 754 double
//   tag 5  string:  u32 byte length, UTF-8 bytes
//   tag 6  array:   u32 count, that many values
//   tag 7  object:  u32 count, that many (u32 key length, key bytes, value)
//
// guard.js writes and reads the same format in JavaScript.
#pragma once

#include <string>
#include <string_view>

#include "value.h"

namespace funnel {

// Any bytes at all: what cannot be read (truncated, an unknown tag, content
// nested more than 7 levels deep, more than 64 entries in a list or object)
// reads as undefined, which the core then reports.
Value readWire(std::string_view bytes);

// Appends `value` to `out`.
void writeWire(const Value& value, std::string& out);

}  // namespace funnel
