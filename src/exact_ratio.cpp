#include "exact_ratio.h"

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
    // The quotient bit by bit from bit 63 down: it has at most 64 bits, or it is over the limit.
    BigUint top = denominator;
    top.shiftLeft(64);
    if (top <= numerator) return std::nullopt;
    BigUint rest = numerator;
    std::uint64_t quotient = 0;
    for (int bit = 63; bit >= 0; --bit) {
        BigUint part = denominator;
        part.shiftLeft(bit);
        if (part <= rest) {
            rest.subtract(part);
            quotient |= std::uint64_t{1} << bit;
        }
    }
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
