#include "goal_period.h"

#include <cmath>
#include <cstdint>

#include "decimal.h"

namespace funnel {
namespace {

constexpr double kLongestPeriod = 36;
constexpr std::uint64_t kMaxWhole = (std::uint64_t{1} << 53) - 1;

bool wholeMonths(double months) { return months >= 1 && months <= kLongestPeriod && months == std::floor(months); }

// a * b, or nothing beyond 2^53 - 1.
std::optional<std::uint64_t> times(std::uint64_t a, std::uint64_t b) {
    if (a != 0 && b > kMaxWhole / a) return std::nullopt;
    return a * b;
}

std::optional<std::uint64_t> powerOfTen(int exponent) {
    std::uint64_t power = 1;
    for (int i = 0; i < exponent; ++i) {
        const auto next = times(power, 10);
        if (!next) return std::nullopt;
        power = *next;
    }
    return power;
}

}  // namespace

GoalConversion convertGoal(const std::string& field, double value, double fromMonths, double toMonths) {
    GoalConversion conversion;
    if (!(value > 0) || !std::isfinite(value) || !wholeMonths(fromMonths) || !wholeMonths(toMonths)) return conversion;
    // value * to / from in units of 1 (customers) or 0.01 (money), rounded up:
    // value = digits * 10^exponent, so units = digits * 10^(exponent + scale) * to / from.
    const int scale = field == "goal.revenue" ? 2 : 0;
    const Decimal decimal = shortestDecimal(value);
    const int shift = decimal.exponent + scale;
    const auto up = powerOfTen(shift > 0 ? shift : 0);
    const auto down = powerOfTen(shift < 0 ? -shift : 0);
    if (!up || !down) return conversion;
    const auto scaled = times(decimal.digits, *up);
    const auto numerator = scaled ? times(*scaled, static_cast<std::uint64_t>(toMonths)) : std::nullopt;
    const auto denominator = times(*down, static_cast<std::uint64_t>(fromMonths));
    if (!numerator || !denominator) return conversion;
    const std::uint64_t units = *numerator / *denominator + (*numerator % *denominator != 0 ? 1 : 0);
    if (units == 0) return conversion;

    conversion.ok = true;
    conversion.exact = *numerator % *denominator == 0;
    conversion.value = decimalToDouble(false, std::to_string(units), "", -scale);
    conversion.hint.field = field;
    conversion.hint.code = HintCode::goal_converted;
    conversion.hint.figures = {value, fromMonths, value * toMonths / fromMonths, conversion.value, toMonths};
    conversion.hint.apply.push_back(Suggestion{field, value});
    return conversion;
}

}  // namespace funnel
