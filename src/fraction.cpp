#include "fraction.h"

#include <cmath>
#include <utility>

#include "exact_ratio.h"

namespace funnel {

Fraction::Fraction(BigUint numerator, BigUint denominator)
    : numerator_(std::move(numerator)), denominator_(std::move(denominator)) {}

Fraction Fraction::whole(std::uint64_t value) { return Fraction(BigUint(value), BigUint(1)); }

Fraction Fraction::ratio(std::uint64_t numerator, std::uint64_t denominator) {
    return Fraction(BigUint(numerator), BigUint(denominator));
}

Fraction Fraction::decimal(const Decimal& value) {
    BigUint numerator(value.digits);
    BigUint denominator(1);
    if (value.exponent >= 0)
        numerator.multiplyPow10(value.exponent);
    else
        denominator.multiplyPow10(-value.exponent);
    return Fraction(std::move(numerator), std::move(denominator));
}

Fraction Fraction::shortest(double value) { return value > 0 ? decimal(shortestDecimal(value)) : Fraction(); }

Fraction Fraction::times(const Fraction& other) const {
    BigUint numerator = numerator_;
    BigUint denominator = denominator_;
    return Fraction(std::move(numerator.multiply(other.numerator_)),
                    std::move(denominator.multiply(other.denominator_)));
}

Fraction Fraction::over(const Fraction& other) const {
    BigUint numerator = numerator_;
    BigUint denominator = denominator_;
    return Fraction(std::move(numerator.multiply(other.denominator_)),
                    std::move(denominator.multiply(other.numerator_)));
}

Fraction::Crossed Fraction::cross(const Fraction& a, const Fraction& b) {
    BigUint left = a.numerator_;
    BigUint right = b.numerator_;
    left.multiply(b.denominator_);
    right.multiply(a.denominator_);
    return {std::move(left), std::move(right)};
}

Fraction Fraction::plus(const Fraction& other) const {
    Crossed crossed = cross(*this, other);
    BigUint denominator = denominator_;
    return Fraction(std::move(crossed.left.add(crossed.right)), std::move(denominator.multiply(other.denominator_)));
}

Fraction Fraction::minus(const Fraction& other) const {
    Crossed crossed = cross(*this, other);
    BigUint denominator = denominator_;
    return Fraction(std::move(crossed.left.subtract(crossed.right)),
                    std::move(denominator.multiply(other.denominator_)));
}

int Fraction::compare(const Fraction& a, const Fraction& b) {
    const Crossed crossed = cross(a, b);
    return BigUint::compare(crossed.left, crossed.right);
}

double Fraction::difference(const Fraction& a, const Fraction& b) {
    return b <= a ? a.minus(b).toDouble() : -b.minus(a).toDouble();
}

namespace {

// The value's leading 64 bits as a double, and the power of two they stand at: value ~ bits * 2^exponent.
double leading(const BigUint& value, int& exponent) {
    bool rest = false;
    const int length = value.bitLength();
    const int bits = length < 64 ? length : 64;
    exponent = length - bits;
    return static_cast<double>(value.leadingBits(bits, rest));
}

}  // namespace

double Fraction::toDouble() const {
    if (numerator_.isZero()) return 0;
    int numeratorExponent = 0;
    int denominatorExponent = 0;
    const double quotient = leading(numerator_, numeratorExponent) / leading(denominator_, denominatorExponent);
    return std::ldexp(quotient, numeratorExponent - denominatorExponent);
}

std::optional<std::uint64_t> Fraction::ceiling(std::uint64_t limit) const {
    return divideRoundingUp(numerator_, denominator_, limit);
}

std::optional<std::uint64_t> Fraction::floor(std::uint64_t limit) const {
    const auto up = divideRoundingUp(numerator_, denominator_, limit == UINT64_MAX ? limit : limit + 1);
    if (!up) return std::nullopt;
    BigUint product = denominator_;
    product.multiply(*up);
    const std::uint64_t down = numerator_ < product ? *up - 1 : *up;  // *up > 0 whenever it overshoots
    if (down > limit) return std::nullopt;
    return down;
}

}  // namespace funnel
