#include "big_uint.h"

#include <gtest/gtest.h>

#include "exact_ratio.h"

using funnel::BigUint;

namespace {

std::uint64_t asUint64(const BigUint& value) {
    bool fits = false;
    const std::uint64_t result = value.toUint64(fits);
    EXPECT_TRUE(fits);
    return result;
}

}  // namespace

TEST(BigUint, MultipliesAcrossLimbBoundaries) {
    BigUint value(0xFFFFFFFFu);
    value.multiply(0x100000001ull);  // (2^32 - 1)(2^32 + 1) = 2^64 - 1
    EXPECT_EQ(asUint64(value), 0xFFFFFFFFFFFFFFFFull);
}

TEST(BigUint, PowersOfTenDivideBackExactly) {
    BigUint value(123456789);
    value.multiplyPow10(40);
    for (int i = 0; i < 40; ++i) EXPECT_EQ(value.divideSmall(10), 0u);
    EXPECT_EQ(asUint64(value), 123456789u);
}

TEST(BigUint, DivisionByA64BitNumberKeepsTheRemainder) {
    BigUint value(1);
    value.shiftLeft(100);  // 2^100 = 1267650600228229401496703205376
    const std::uint64_t divisor = 1000000000000000000ull;
    EXPECT_EQ(value.divideSmall(divisor), 229401496703205376ull);
    EXPECT_EQ(asUint64(value), 1267650600228ull);
}

TEST(BigUint, ShiftsAreInverse) {
    BigUint value(0xDEADBEEFCAFEull);
    value.shiftLeft(77).shiftRight(77);
    EXPECT_EQ(asUint64(value), 0xDEADBEEFCAFEull);
    value.shiftRight(64);
    EXPECT_TRUE(value.isZero());
}

TEST(BigUint, ComparesByMagnitude) {
    BigUint large(1);
    large.shiftLeft(64);
    EXPECT_LT(BigUint(0xFFFFFFFFFFFFFFFFull), large);
    EXPECT_EQ(BigUint(5), BigUint(5));
    bool fits = true;
    large.toUint64(fits);
    EXPECT_FALSE(fits);
}

TEST(BigUint, MultipliesSubtractsAndDividesRoundingUpAtAnySize) {
    // (2^64 + 3) * (2^70 + 5), minus itself less one, and back.
    funnel::BigUint a(1);
    a.shiftLeft(64).addSmall(3);
    funnel::BigUint b(1);
    b.shiftLeft(70).addSmall(5);
    funnel::BigUint product = a;
    product.multiply(b);
    EXPECT_EQ(funnel::divideRoundingUp(product, a, ~std::uint64_t{0}),
              std::nullopt);  // 2^70 + 5 needs more than 64 bits
    funnel::BigUint ten(10);
    ten.multiplyPow10(30);  // 10^31
    funnel::BigUint three(3);
    three.multiplyPow10(30);
    three.addSmall(1);                                         // 3 * 10^30 + 1
    EXPECT_EQ(funnel::divideRoundingUp(ten, three, 100), 4u);  // 3.33.. -> 4
    funnel::BigUint nine = three;
    nine.multiplySmall(3);                                      // 9 * 10^30 + 3
    EXPECT_EQ(funnel::divideRoundingUp(nine, three, 100), 3u);  // exactly 3
    EXPECT_EQ(funnel::divideRoundingUp(nine, three, 2), std::nullopt);
    funnel::BigUint difference = product;
    difference.subtract(product);
    EXPECT_TRUE(difference.isZero());
    funnel::BigUint big = b;
    big.subtract(funnel::BigUint(6));  // 2^70 - 1: a borrow through every limb
    funnel::BigUint expected(1);
    expected.shiftLeft(70);
    expected.subtract(funnel::BigUint(1));
    EXPECT_EQ(big, expected);
    EXPECT_EQ(funnel::divideRoundingUp(funnel::BigUint(0), three, 5), 0u);
}

// The quotient is found from an estimate of the leading bits: check it against
// the slow way (repeated subtraction of shifted divisors) on numbers of every size.
TEST(BigUint, DividesRoundingUpLikeTheSlowWay) {
    std::uint64_t seed = 20261130;
    const auto next = [&]() {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return seed >> 16;
    };
    for (int trial = 0; trial < 2000; ++trial) {
        funnel::BigUint denominator(next() | 1);
        const int denominatorWords = static_cast<int>(next() % 4);
        for (int i = 0; i < denominatorWords; ++i) denominator.shiftLeft(32).add(funnel::BigUint(next() & 0xFFFFFFFFu));
        const std::uint64_t quotient = next() % (std::uint64_t{1} << (next() % 54));
        funnel::BigUint numerator = denominator;
        numerator.multiply(quotient);
        const bool exact = next() % 3 == 0;
        if (!exact) numerator.add(funnel::BigUint(1 + next() % 1000));  // less than the denominator, mostly
        // The slow way: the floor bit by bit.
        funnel::BigUint rest = numerator;
        std::uint64_t floor = 0;
        for (int bit = 62; bit >= 0; --bit) {
            funnel::BigUint part = denominator;
            part.shiftLeft(bit);
            if (part <= rest) {
                rest.subtract(part);
                floor |= std::uint64_t{1} << bit;
            }
        }
        const std::uint64_t expected = rest.isZero() ? floor : floor + 1;
        ASSERT_EQ(funnel::divideRoundingUp(numerator, denominator, std::uint64_t{1} << 62), expected) << trial;
    }
}
