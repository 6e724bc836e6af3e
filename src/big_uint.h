// An unsigned integer of any size, just large enough in features for exact
// decimal conversion and whole-lead rounding: no sign, and division only
// where the quotient fits 64 bits (exact_ratio.h).
#pragma once

#include <cstdint>
#include <vector>

namespace funnel {

class BigUint {
public:
    BigUint() = default;
    explicit BigUint(std::uint64_t value);

    BigUint& multiplySmall(std::uint32_t factor);
    BigUint& multiply(std::uint64_t factor);
    BigUint& multiplyPow10(int exponent);  // exponent >= 0
    BigUint& shiftLeft(int bits);          // bits >= 0
    BigUint& shiftRight(int bits);         // bits >= 0, floor
    BigUint& multiply(const BigUint& other);
    BigUint& add(const BigUint& other);
    BigUint& addSmall(std::uint32_t value);
    BigUint& subtract(const BigUint& other);  // other <= *this

    // Divides in place by a non-zero 64-bit divisor and returns the remainder.
    std::uint64_t divideSmall(std::uint64_t divisor);

    bool isZero() const { return limbs_.empty(); }
    int bitLength() const;
    // The `count` (<= 64) bits below bit `bitLength()`, i.e. the leading ones;
    // `rest` tells whether any bit below them is set.
    std::uint64_t leadingBits(int count, bool& rest) const;
    // The 64 bits from bit 64 * index up (0 beyond the top).
    std::uint64_t word(std::size_t index) const;
    // The value if it fits into 64 bits; `fits` tells whether it did.
    std::uint64_t toUint64(bool& fits) const;

    static int compare(const BigUint& a, const BigUint& b);

private:
    void trim();
    std::vector<std::uint32_t> limbs_;  // little-endian base 2^32, no leading zeros
};

inline bool operator<(const BigUint& a, const BigUint& b) { return BigUint::compare(a, b) < 0; }
inline bool operator<=(const BigUint& a, const BigUint& b) { return BigUint::compare(a, b) <= 0; }
inline bool operator==(const BigUint& a, const BigUint& b) { return BigUint::compare(a, b) == 0; }

}  // namespace funnel
