#include "big_uint.h"

namespace funnel {

BigUint::BigUint(std::uint64_t value) {
    while (value != 0) {
        limbs_.push_back(static_cast<std::uint32_t>(value));
        value >>= 32;
    }
}

void BigUint::trim() {
    while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
}

BigUint& BigUint::multiplySmall(std::uint32_t factor) {
    std::uint64_t carry = 0;
    for (auto& limb : limbs_) {
        const std::uint64_t product = std::uint64_t{limb} * factor + carry;
        limb = static_cast<std::uint32_t>(product);
        carry = product >> 32;
    }
    if (carry != 0) limbs_.push_back(static_cast<std::uint32_t>(carry));
    trim();
    return *this;
}

BigUint& BigUint::multiply(std::uint64_t factor) {
    BigUint high = *this;
    high.multiplySmall(static_cast<std::uint32_t>(factor >> 32)).shiftLeft(32);
    multiplySmall(static_cast<std::uint32_t>(factor));
    return add(high);
}

BigUint& BigUint::multiplyPow10(int exponent) {
    for (; exponent >= 9; exponent -= 9) multiplySmall(1000000000u);
    static const std::uint32_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    return multiplySmall(kPow10[exponent]);
}

BigUint& BigUint::shiftLeft(int bits) {
    if (isZero()) return *this;
    const int limbShift = bits / 32;
    const int bitShift = bits % 32;
    limbs_.insert(limbs_.begin(), static_cast<std::size_t>(limbShift), 0u);
    if (bitShift != 0) {
        std::uint32_t carry = 0;
        for (std::size_t i = static_cast<std::size_t>(limbShift); i < limbs_.size(); ++i) {
            const std::uint32_t limb = limbs_[i];
            limbs_[i] = (limb << bitShift) | carry;
            carry = limb >> (32 - bitShift);
        }
        if (carry != 0) limbs_.push_back(carry);
    }
    return *this;
}

BigUint& BigUint::shiftRight(int bits) {
    const std::size_t limbShift = static_cast<std::size_t>(bits / 32);
    const int bitShift = bits % 32;
    if (limbShift >= limbs_.size()) {
        limbs_.clear();
        return *this;
    }
    limbs_.erase(limbs_.begin(), limbs_.begin() + static_cast<std::ptrdiff_t>(limbShift));
    if (bitShift != 0) {
        for (std::size_t i = 0; i < limbs_.size(); ++i) {
            const std::uint32_t high = i + 1 < limbs_.size() ? limbs_[i + 1] : 0u;
            limbs_[i] = (limbs_[i] >> bitShift) | (high << (32 - bitShift));
        }
    }
    trim();
    return *this;
}

BigUint& BigUint::add(const BigUint& other) {
    if (limbs_.size() < other.limbs_.size()) limbs_.resize(other.limbs_.size(), 0u);
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < limbs_.size(); ++i) {
        const std::uint64_t sum = std::uint64_t{limbs_[i]} + (i < other.limbs_.size() ? other.limbs_[i] : 0u) + carry;
        limbs_[i] = static_cast<std::uint32_t>(sum);
        carry = sum >> 32;
    }
    if (carry != 0) limbs_.push_back(static_cast<std::uint32_t>(carry));
    return *this;
}

BigUint& BigUint::addSmall(std::uint32_t value) { return add(BigUint(value)); }

BigUint& BigUint::multiply(const BigUint& other) {
    std::vector<std::uint32_t> product(limbs_.size() + other.limbs_.size(), 0u);
    for (std::size_t i = 0; i < limbs_.size(); ++i) {
        std::uint64_t carry = 0;
        for (std::size_t j = 0; j < other.limbs_.size(); ++j) {
            const std::uint64_t sum = std::uint64_t{limbs_[i]} * other.limbs_[j] + product[i + j] + carry;
            product[i + j] = static_cast<std::uint32_t>(sum);
            carry = sum >> 32;
        }
        for (std::size_t k = i + other.limbs_.size(); carry != 0; ++k) {
            const std::uint64_t sum = std::uint64_t{product[k]} + carry;
            product[k] = static_cast<std::uint32_t>(sum);
            carry = sum >> 32;
        }
    }
    limbs_ = std::move(product);
    trim();
    return *this;
}

BigUint& BigUint::subtract(const BigUint& other) {
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < limbs_.size(); ++i) {
        std::int64_t difference = std::int64_t{limbs_[i]} - (i < other.limbs_.size() ? other.limbs_[i] : 0u) - borrow;
        borrow = difference < 0 ? 1 : 0;
        if (difference < 0) difference += std::int64_t{1} << 32;
        limbs_[i] = static_cast<std::uint32_t>(difference);
    }
    trim();
    return *this;
}

std::uint64_t BigUint::divideSmall(std::uint64_t divisor) {
    __extension__ typedef unsigned __int128 Wide;  // clang and GCC both have it, also on wasm32
    Wide remainder = 0;
    for (std::size_t i = limbs_.size(); i-- > 0;) {
        const Wide current = (remainder << 32) | limbs_[i];
        limbs_[i] = static_cast<std::uint32_t>(current / divisor);
        remainder = current % divisor;
    }
    trim();
    return static_cast<std::uint64_t>(remainder);
}

int BigUint::bitLength() const {
    if (limbs_.empty()) return 0;
    int bits = static_cast<int>(limbs_.size() - 1) * 32;
    for (std::uint32_t top = limbs_.back(); top != 0; top >>= 1) ++bits;
    return bits;
}

std::uint64_t BigUint::leadingBits(int count, bool& rest) const {
    const int drop = bitLength() - count;
    if (drop <= 0) {
        rest = false;
        bool fits = false;
        return toUint64(fits) << -drop;
    }
    BigUint top = *this;
    top.shiftRight(drop);
    BigUint back = top;
    back.shiftLeft(drop);
    rest = !(back == *this);
    bool fits = false;
    return top.toUint64(fits);
}

std::uint64_t BigUint::word(std::size_t index) const {
    const auto limb = [&](std::size_t i) { return i < limbs_.size() ? std::uint64_t{limbs_[i]} : 0u; };
    return limb(2 * index) | (limb(2 * index + 1) << 32);
}

std::uint64_t BigUint::toUint64(bool& fits) const {
    fits = limbs_.size() <= 2;
    if (!fits) return 0;
    std::uint64_t value = 0;
    for (std::size_t i = limbs_.size(); i-- > 0;) value = (value << 32) | limbs_[i];
    return value;
}

int BigUint::compare(const BigUint& a, const BigUint& b) {
    if (a.limbs_.size() != b.limbs_.size()) return a.limbs_.size() < b.limbs_.size() ? -1 : 1;
    for (std::size_t i = a.limbs_.size(); i-- > 0;) {
        if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i] ? -1 : 1;
    }
    return 0;
}

}  // namespace funnel
