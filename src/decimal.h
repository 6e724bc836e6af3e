// Exact decimals: the bridge between numbers people type or JavaScript
// passes in and the exact rational arithmetic of the plan.
#pragma once

#include <cstdint>
#include <string>

namespace funnel {

// digits * 10^exponent, exactly.
struct Decimal {
    std::uint64_t digits = 0;
    int exponent = 0;
};

// The shortest decimal that reads back as `value`, chosen as JavaScript's
// Number#toString chooses it (nearest, ties to even). `value` must be finite
// and positive. So 0.07 becomes exactly 7/100, not 0.0700000000000000067...
Decimal shortestDecimal(double value);

// The double nearest to [-]intDigits.fracDigits * 10^exponent (ASCII digits;
// either part may be empty), correctly rounded (half to even); magnitudes
// below 1e-300 read as 0. Hand-written because strtod
// pulls 128-bit soft floats into the wasm build (docs/performance.md, "Build choices").
double decimalToDouble(bool negative, const std::string& intDigits, const std::string& fracDigits, int exponent);

}  // namespace funnel
