#include "decimal.h"

#include <algorithm>
#include <cmath>

#include "big_uint.h"

namespace funnel {
namespace {

// Compares digits * 10^-k with scaled * 2^power, exactly.
int compareScaled(std::uint64_t digits, int k, BigUint scaled, int power) {
    BigUint left(digits);
    if (k > 0)
        scaled.multiplyPow10(k);
    else
        left.multiplyPow10(-k);
    if (power > 0)
        scaled.shiftLeft(power);
    else
        left.shiftLeft(-power);
    return BigUint::compare(left, scaled);
}

}  // namespace

Decimal shortestDecimal(double value) {
    // A whole number below 2^53 is its own shortest decimal: doubles there lie
    // at most 1 apart, so no decimal with fewer digits reads back as it.
    if (value < 9007199254740992.0 && value == std::floor(value)) {
        Decimal whole{static_cast<std::uint64_t>(value), 0};
        while (whole.digits % 10 == 0) {
            whole.digits /= 10;
            ++whole.exponent;
        }
        return whole;
    }
    // value = mantissa * 2^exponent exactly, with the spacing of neighbouring doubles 2^exponent.
    int binaryExponent = 0;
    const double fraction = std::frexp(value, &binaryExponent);
    std::uint64_t mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
    int exponent = binaryExponent - 53;
    if (exponent < -1074) {  // subnormal: the spacing stays 2^-1074
        mantissa >>= (-1074 - exponent);
        exponent = -1074;
    }
    // Every decimal in [low, high] reads back as value; both ends belong to it
    // when the mantissa is even (round half to even). Scaled by 4 to stay whole.
    const bool narrowBelow = mantissa == (std::uint64_t{1} << 52) && exponent > -1074;
    const BigUint low(4 * mantissa - (narrowBelow ? 1 : 2));
    const BigUint high(4 * mantissa + 2);
    const BigUint exact(4 * mantissa);
    const bool inclusive = mantissa % 2 == 0;
    auto inside = [&](std::uint64_t digits, int k) {
        if (digits == 0) return false;
        const int vsLow = compareScaled(digits, k, low, exponent - 2);
        const int vsHigh = compareScaled(digits, k, high, exponent - 2);
        return inclusive ? (vsLow >= 0 && vsHigh <= 0) : (vsLow > 0 && vsHigh < 0);
    };

    // The decimal with k fraction digits that reads back as value, if any: only
    // floor(value * 10^k) and the one above it can lie within the interval.
    auto withDigitsAfterPoint = [&](int k, std::uint64_t& digits) {
        BigUint scaled(mantissa);  // floor(value * 10^k), exactly
        if (k > 0) scaled.multiplyPow10(k);
        if (exponent > 0)
            scaled.shiftLeft(exponent);
        else
            scaled.shiftRight(-exponent);
        for (int i = k; i < 0; ++i) scaled.divideSmall(10);
        bool fits = false;
        const std::uint64_t below = scaled.toUint64(fits);
        const std::uint64_t above = below + 1;
        const bool belowInside = inside(below, k);
        const bool aboveInside = inside(above, k);
        if (!belowInside && !aboveInside) return false;
        digits = belowInside ? below : above;
        if (belowInside && aboveInside) {
            // Both read back: take the nearer; on a tie, the even one.
            const int vsMiddle = compareScaled(2 * below + 1, k, exact, exponent - 1);
            digits = vsMiddle > 0 ? below : vsMiddle < 0 ? above : (below % 2 == 0 ? below : above);
        }
        return true;
    };

    // The fewest digits that read back. If k digits after the point do, so do
    // k + 1 (append a zero): a binary search over 1 to 18 significant digits
    // (starting one early is harmless) takes 5 tries where counting up took 17.
    int fewest = -static_cast<int>(std::floor(std::log10(value))) - 1;
    std::uint64_t digits = 0;
    for (int enough = fewest + 18; fewest < enough;) {
        const int middle = fewest + (enough - fewest) / 2;
        if (withDigitsAfterPoint(middle, digits))
            enough = middle;
        else
            fewest = middle + 1;
    }
    withDigitsAfterPoint(fewest, digits);
    Decimal result{digits, -fewest};
    while (result.digits % 10 == 0) {
        result.digits /= 10;
        ++result.exponent;
    }
    return result;
}

double decimalToDouble(bool negative, const std::string& intDigits, const std::string& fracDigits, int exponent) {
    // digits * 10^exponent with at most 800 significant digits, enough to round
    // any double correctly; `dropped` tells whether a non-zero digit was cut off.
    constexpr std::size_t kKeptDigits = 800;
    std::string digits = intDigits + fracDigits;
    exponent -= static_cast<int>(fracDigits.size());
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos) return negative ? -0.0 : 0.0;
    digits.erase(0, first);
    bool dropped = false;
    if (digits.size() > kKeptDigits) {
        dropped = digits.find_first_not_of('0', kKeptDigits) != std::string::npos;
        exponent += static_cast<int>(digits.size() - kKeptDigits);
        digits.resize(kKeptDigits);
    }
    const int magnitude = exponent + static_cast<int>(digits.size());  // value < 10^magnitude
    if (magnitude < -300) return negative ? -0.0 : 0.0;
    if (magnitude > 309) return negative ? -HUGE_VAL : HUGE_VAL;

    BigUint scaled;
    for (std::size_t at = 0; at < digits.size(); at += 9) {
        const std::string chunk = digits.substr(at, 9);
        std::uint32_t value = 0;
        for (const char digit : chunk) value = value * 10 + static_cast<std::uint32_t>(digit - '0');
        scaled.multiplyPow10(static_cast<int>(chunk.size())).addSmall(value);
    }
    // value = scaled * 2^-shift with scaled holding 66+ significant bits.
    int shift = 0;
    if (exponent >= 0) {
        scaled.multiplyPow10(exponent);
    } else {
        shift = std::max(0, 66 + (-exponent * 3322 + 999) / 1000 - scaled.bitLength());
        scaled.shiftLeft(shift);
        for (int k = -exponent; k > 0; k -= 9) {
            static const std::uint32_t kPow10[] = {1,      10,      100,      1000,      10000,
                                                   100000, 1000000, 10000000, 100000000, 1000000000};
            dropped |= scaled.divideSmall(kPow10[std::min(k, 9)]) != 0;
        }
    }
    // Round the leading 53 bits half to even, with everything below as sticky.
    bool rest = false;
    const std::uint64_t top = scaled.leadingBits(54, rest);
    rest = rest || dropped;
    std::uint64_t mantissa = top >> 1;
    const bool half = (top & 1) != 0;
    if (half && (rest || (mantissa & 1) != 0)) ++mantissa;
    const int binaryExponent = scaled.bitLength() - 53 - shift;
    const double magnitudeValue = std::ldexp(static_cast<double>(mantissa), binaryExponent);
    return negative ? -magnitudeValue : magnitudeValue;
}

}  // namespace funnel
