// Exact non-negative rationals for the channel mix (issue 18): a channel's
// cost per lead (spend / leads), its customers per lead (the product of its
// rates, each k/n or a shortest decimal) and every volume and cost the mix is
// compared on, so that "the cheapest mix" is decided on exact numbers, never
// on floats that differ in the last bits. Never reduced: a funnel's
// fractions stay a few hundred bits, and comparing cross-multiplies.
#pragma once

#include <cstdint>
#include <optional>

#include "big_uint.h"
#include "decimal.h"

namespace funnel {

class Fraction {
public:
    Fraction() : numerator_(0), denominator_(1) {}
    static Fraction whole(std::uint64_t value);
    static Fraction ratio(std::uint64_t numerator, std::uint64_t denominator);  // denominator > 0
    static Fraction decimal(const Decimal& value);
    // The shortest decimal that reads back as `value` (>= 0, finite), as the plan reads every number.
    static Fraction shortest(double value);

    bool isZero() const { return numerator_.isZero(); }
    Fraction times(const Fraction& other) const;
    Fraction over(const Fraction& other) const;  // other > 0
    Fraction plus(const Fraction& other) const;
    Fraction minus(const Fraction& other) const;  // other <= *this
    static int compare(const Fraction& a, const Fraction& b);
    // a - b as the nearest double, of either sign.
    static double difference(const Fraction& a, const Fraction& b);

    double toDouble() const;
    // The least whole number >= this, or nothing above `limit`.
    std::optional<std::uint64_t> ceiling(std::uint64_t limit) const;
    // The greatest whole number <= this, or nothing above `limit`.
    std::optional<std::uint64_t> floor(std::uint64_t limit) const;

private:
    Fraction(BigUint numerator, BigUint denominator);
    // Both numerators over the common denominator a.den * b.den (a = left / it, b = right / it).
    struct Crossed {
        BigUint left;
        BigUint right;
    };
    static Crossed cross(const Fraction& a, const Fraction& b);
    BigUint numerator_;
    BigUint denominator_;
};

inline bool operator<(const Fraction& a, const Fraction& b) { return Fraction::compare(a, b) < 0; }
inline bool operator<=(const Fraction& a, const Fraction& b) { return Fraction::compare(a, b) <= 0; }
inline bool operator==(const Fraction& a, const Fraction& b) { return Fraction::compare(a, b) == 0; }
inline const Fraction& lesser(const Fraction& a, const Fraction& b) { return b < a ? b : a; }

}  // namespace funnel
