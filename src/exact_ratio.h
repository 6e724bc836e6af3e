// Exact whole-lead rounding: ceil(whole / rate) with the rate as an exact
// fraction, never through a float, so 7 customers at 7 % need 100 SQLs, not 101.
#pragma once

#include <cstdint>
#include <optional>

#include "big_uint.h"
#include "decimal.h"

namespace funnel {

// numerator / denominator, both positive.
struct Ratio {
    std::uint64_t numerator = 1;
    BigUint denominator{1};
};

Ratio ratioOfCounts(std::uint64_t toCount, std::uint64_t fromCount);
Ratio ratioOfDecimal(const Decimal& rate);  // rate <= 1, so its exponent is <= 0

// ceil(whole / ratio), or nothing when that exceeds `limit`.
std::optional<std::uint64_t> divideRoundingUp(std::uint64_t whole, const Ratio& ratio, std::uint64_t limit);

// ceil(numerator / denominator) for any sizes (denominator > 0), or nothing
// above `limit` (at most 2^63).
std::optional<std::uint64_t> divideRoundingUp(const BigUint& numerator, const BigUint& denominator,
                                              std::uint64_t limit);

// ceil(dividend / divisor) for two positive decimals, or nothing above `limit`.
std::optional<std::uint64_t> divideRoundingUp(const Decimal& dividend, const Decimal& divisor, std::uint64_t limit);

}  // namespace funnel
