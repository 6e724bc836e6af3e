#include "schedule.h"

#include <cmath>

#include "big_uint.h"
#include "calendar.h"
#include "decimal.h"
#include "exact_ratio.h"
#include "field_path.h"
#include "plan.h"
#include "request_check.h"

namespace funnel {
namespace {

constexpr std::uint64_t kDaysPerMonth = 30;
constexpr double kSmallSample = 30;

// A number >= 0 exactly as numerator / 10^scale, from its shortest decimal.
struct Scaled {
    BigUint numerator;
    int scale = 0;
};

Scaled scaledOf(double value) {
    Scaled scaled;
    if (value <= 0) return scaled;
    const Decimal decimal = shortestDecimal(value);
    scaled.numerator = BigUint(decimal.digits);
    if (decimal.exponent >= 0)
        scaled.numerator.multiplyPow10(decimal.exponent);
    else
        scaled.scale = -decimal.exponent;
    return scaled;
}

BigUint pow10(int exponent) {
    BigUint power(1);
    return power.multiplyPow10(exponent);
}

BigUint product(BigUint a, const BigUint& b) { return a.multiply(b); }

// The exact customer target of each month, as numerators over one denominator.
struct Targets {
    std::vector<BigUint> numerators;
    BigUint denominator{1};
};

Targets customerTargets(const ScheduleRequest& request, MonthIndex start, int months) {
    Targets targets;
    if (request.goalIsList) {
        for (double customers : request.customerList)
            targets.numerators.emplace_back(static_cast<std::uint64_t>(customers));
        return targets;
    }
    // The base: N, or R / D (rounded up to whole customers when nothing else shapes the months, as in plan).
    BigUint base;
    BigUint baseDenominator(1);
    const bool shaped = request.seasonality || request.growth;
    if (!request.byRevenue) {
        base = BigUint(static_cast<std::uint64_t>(request.customers));
    } else if (!shaped) {
        base =
            BigUint(*divideRoundingUp(shortestDecimal(request.revenue), shortestDecimal(request.dealValue), kMaxWhole));
    } else {
        const Scaled revenue = scaledOf(request.revenue);
        const Scaled deal = scaledOf(request.dealValue);
        base = product(revenue.numerator, pow10(deal.scale));
        baseDenominator = product(deal.numerator, pow10(revenue.scale));
    }
    // Seasonality: month m's share is 12 * w[m] / (sum of the 12 weights), the weights over one scale.
    std::vector<BigUint> weights(12, BigUint(1));
    BigUint weightSum(1);
    if (request.seasonality) {
        int scale = 0;
        std::vector<Scaled> scaled;
        for (double weight : *request.seasonality) {
            scaled.push_back(scaledOf(weight));
            scale = std::max(scale, scaled.back().scale);
        }
        weightSum = BigUint(0);
        for (std::size_t j = 0; j < 12; ++j) {
            weights[j] = product(scaled[j].numerator, pow10(scale - scaled[j].scale)).multiplySmall(12);
            weightSum.add(scaled[j].numerator.multiplyPow10(scale - scaled[j].scale));
        }
    }
    // Growth: month i times (1 + g)^i = (10^e +- b)^i / 10^(e i), all over 10^(e (months - 1)).
    const double growth = request.growth.value_or(0);
    const Scaled change = scaledOf(std::fabs(growth));
    BigUint factor = pow10(change.scale);
    if (growth >= 0)
        factor.add(change.numerator);
    else
        factor.subtract(change.numerator);
    targets.denominator = product(product(baseDenominator, weightSum), pow10(change.scale * (months - 1)));
    targets.denominator.multiplySmall(static_cast<std::uint32_t>(request.periodMonths));
    BigUint compounded(1);
    for (int i = 0; i < months; ++i) {
        BigUint numerator =
            product(product(base, weights[static_cast<std::size_t>(calendarMonth(start + i) - 1)]), compounded);
        numerator.multiplyPow10(change.scale * (months - 1 - i));
        targets.numerators.push_back(std::move(numerator));
        compounded.multiply(factor);
    }
    return targets;
}

// The running sum of exact amounts, whole at the end of every month: each
// month gets what brings the total so far up to the next whole number.
class CumulativeCeiling {
public:
    explicit CumulativeCeiling(BigUint denominator) : denominator_(std::move(denominator)) {}

    // The whole amount of the month that adds `exact` (over the denominator); nothing beyond 2^53 - 1.
    std::optional<std::uint64_t> next(const BigUint& exact) {
        sum_.add(exact);
        const auto whole = divideRoundingUp(sum_, denominator_, kMaxWhole);
        if (!whole) return std::nullopt;
        const std::uint64_t month = *whole - total_;
        total_ = *whole;
        return month;
    }
    std::uint64_t total() const { return total_; }

private:
    BigUint denominator_;
    BigUint sum_;
    std::uint64_t total_ = 0;
};

// A conversion's rate as whole numbers: rate = numerator / denominator.
struct WholeRate {
    std::uint64_t numerator = 1;
    BigUint denominator{1};
};

WholeRate wholeRate(const ConversionInput& conversion) {
    if (conversion.fromCounts)
        return WholeRate{static_cast<std::uint64_t>(conversion.toCount),
                         BigUint(static_cast<std::uint64_t>(conversion.fromCount))};
    const Decimal decimal = shortestDecimal(conversion.rate);  // <= 1: exponent <= 0
    return WholeRate{decimal.digits, pow10(-decimal.exponent)};
}

// A lag in months, L = days / 30 = q + f: q whole, f = remainder / denominator.
struct Lag {
    std::uint64_t months = 0;
    std::uint64_t remainder = 0;
    std::uint64_t denominator = kDaysPerMonth;
};

Lag lagOf(double days) {
    Lag lag;
    if (days <= 0) return lag;
    const Decimal decimal = shortestDecimal(days);
    std::uint64_t numerator = decimal.digits;
    if (decimal.exponent >= 0) {
        for (int i = 0; i < decimal.exponent; ++i) numerator *= 10;  // days <= 1095: no overflow
    } else {
        for (int i = 0; i < -decimal.exponent; ++i) lag.denominator *= 10;
    }
    lag.months = numerator / lag.denominator;
    lag.remainder = numerator % lag.denominator;
    return lag;
}

}  // namespace

ScheduleResult schedule(const ScheduleRequest& request) {
    ScheduleResult result;
    result.errors = checkScheduleRequest(request);
    if (!result.errors.empty()) return result;
    Checker check(result.errors);
    const MonthIndex start = *parseMonth(request.start);
    const int months = static_cast<int>(request.months);
    const std::size_t stageCount = request.stages.size();

    // Room before the start for the lags: each conversion moves volume by up to q + 1 months.
    std::vector<Lag> lags(stageCount - 1);
    std::size_t lead = 0;
    for (std::size_t s = 0; s + 1 < stageCount; ++s) {
        if (!request.lagDays.empty()) lags[s] = lagOf(request.lagDays[s]);
        lead += static_cast<std::size_t>(lags[s].months) + (lags[s].remainder != 0 ? 1 : 0);
    }
    const std::size_t span = lead + static_cast<std::size_t>(months);
    std::vector<std::vector<std::uint64_t>> volume(stageCount, std::vector<std::uint64_t>(span, 0));

    // The customers: the cumulative ceiling of the exact targets.
    const Targets targets = customerTargets(request, start, months);
    CumulativeCeiling customers(targets.denominator);
    for (int i = 0; i < months; ++i) {
        const auto whole = customers.next(targets.numerators[static_cast<std::size_t>(i)]);
        if (!whole) {
            check.fail("goal", Code::too_large);
            return result;
        }
        volume[stageCount - 1][lead + static_cast<std::size_t>(i)] = *whole;
    }

    // Each stage from the one below: its exact need W / rate, placed (1 - f) in
    // month k - q and f in month k - q - 1, then whole by the cumulative ceiling.
    for (std::size_t s = stageCount - 1; s-- > 0;) {
        const WholeRate rate = wholeRate(request.conversions[s]);
        const Lag& lag = lags[s];
        std::vector<BigUint> exact(span);
        for (std::size_t k = 0; k < span; ++k) {
            const std::uint64_t below = volume[s + 1][k];
            if (below == 0) continue;
            BigUint need = rate.denominator;
            need.multiply(below);
            const std::size_t at = k - static_cast<std::size_t>(lag.months);
            exact[at].add(product(need, BigUint(lag.denominator - lag.remainder)));
            if (lag.remainder != 0) exact[at - 1].add(product(need, BigUint(lag.remainder)));
        }
        BigUint denominator(rate.numerator);
        denominator.multiply(lag.denominator);
        CumulativeCeiling stage(denominator);
        for (std::size_t k = 0; k < span; ++k) {
            const auto whole = stage.next(exact[k]);
            if (!whole) {
                check.fail("goal", Code::too_large);
                return result;
            }
            volume[s][k] = *whole;
        }
    }

    // The months from the first that needs any volume (never later than the start).
    std::size_t first = lead;
    for (std::size_t k = 0; k < lead; ++k) {
        bool any = false;
        for (const auto& stage : volume) any = any || stage[k] != 0;
        if (any) {
            first = k;
            break;
        }
    }
    result.ok = true;
    result.leadMonths = lead - first;
    for (std::size_t k = first; k < span; ++k)
        result.months.push_back(monthText(start - static_cast<MonthIndex>(lead) + static_cast<MonthIndex>(k)));
    for (std::size_t s = 0; s < stageCount; ++s) {
        ScheduleStage stage;
        stage.name = request.stages[s];
        stage.perMonth.assign(volume[s].begin() + static_cast<std::ptrdiff_t>(first), volume[s].end());
        for (std::uint64_t count : stage.perMonth) stage.total += count;
        result.stages.push_back(std::move(stage));
    }
    result.customers = result.stages.back().perMonth;
    for (std::size_t i = 0; i + 1 < stageCount; ++i) {
        const ConversionInput& conversion = request.conversions[i];
        if (conversion.fromCounts && conversion.fromCount < kSmallSample)
            result.warnings.push_back(Issue{member(indexed("conversions", i), "fromCount"), Code::small_sample});
    }
    return result;
}

}  // namespace funnel
