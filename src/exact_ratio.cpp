#include "exact_ratio.h"

#include <algorithm>

namespace funnel {
namespace {

// ceil(numerator / divisor), or nothing above `limit`.
std::optional<std::uint64_t> ceilQuotient(BigUint numerator, std::uint64_t divisor, std::uint64_t limit) {
    const std::uint64_t remainder = numerator.divideSmall(divisor);
    bool fits = false;
    std::uint64_t quotient = numerator.toUint64(fits);
    if (!fits) return std::nullopt;
    if (quotient > limit || (remainder != 0 && quotient == limit)) return std::nullopt;
    return remainder != 0 ? quotient + 1 : quotient;
}

}  // namespace

std::optional<std::uint64_t> divideRoundingUp(const BigUint& numerator, const BigUint& denominator,
                                              std::uint64_t limit) {
    __extension__ typedef unsigned __int128 Wide;
    if (numerator.isZero()) return 0;
    if (numerator < denominator) return limit >= 1 ? std::optional<std::uint64_t>(1) : std::nullopt;
    // A quotient beyond 63 bits is beyond any limit here (2^53 - 1 in practice).
    if (numerator.bitLength() - denominator.bitLength() > 62) return std::nullopt;
    // Estimate from the leading 64 bits of the denominator and the numerator
    // shifted alike (at most 127 bits), within a step or two of the floor
    // either way (both are truncated); then step to the floor exactly.
    const int shift = std::max(0, denominator.bitLength() - 64);
    BigUint top = numerator;
    top.shiftRight(shift);
    BigUint bottom = denominator;
    bottom.shiftRight(shift);
    const Wide high = (static_cast<Wide>(top.word(1)) << 64) | top.word(0);
    Wide estimate = high / bottom.word(0);
    if (estimate > (Wide{1} << 63)) estimate = Wide{1} << 63;
    auto quotient = static_cast<std::uint64_t>(estimate);
    BigUint product = denominator;
    product.multiply(quotient);
    while (numerator < product) {
        product.subtract(denominator);
        --quotient;
    }
    BigUint next = product;
    while (next.add(denominator) <= numerator) {
        product = next;
        ++quotient;
    }
    BigUint rest = numerator;
    rest.subtract(product);  // now below the denominator
    if (!rest.isZero()) {
        if (quotient >= limit) return std::nullopt;
        ++quotient;
    }
    if (quotient > limit) return std::nullopt;
    return quotient;
}

Ratio ratioOfCounts(std::uint64_t toCount, std::uint64_t fromCount) { return Ratio{toCount, BigUint(fromCount)}; }

Ratio ratioOfDecimal(const Decimal& rate) {
    Ratio ratio{rate.digits, BigUint(1)};
    if (rate.exponent < 0) ratio.denominator.multiplyPow10(-rate.exponent);
    return ratio;
}

std::optional<std::uint64_t> divideRoundingUp(std::uint64_t whole, const Ratio& ratio, std::uint64_t limit) {
    BigUint numerator = ratio.denominator;
    return ceilQuotient(numerator.multiply(whole), ratio.numerator, limit);
}

std::optional<std::uint64_t> divideRoundingUp(const Decimal& dividend, const Decimal& divisor, std::uint64_t limit) {
    const int shift = dividend.exponent - divisor.exponent;
    if (shift >= 0) {
        BigUint numerator(dividend.digits);
        numerator.multiplyPow10(shift);
        return ceilQuotient(numerator, divisor.digits, limit);
    }
    BigUint denominator(divisor.digits);
    denominator.multiplyPow10(-shift);
    bool fits = false;
    const std::uint64_t small = denominator.toUint64(fits);
    // A denominator beyond 64 bits exceeds any 17-digit dividend: the quotient is in (0, 1).
    if (!fits) return limit >= 1 ? std::optional<std::uint64_t>(1) : std::nullopt;
    return ceilQuotient(BigUint(dividend.digits), small, limit);
}

}  // namespace funnel
