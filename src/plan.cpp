#include "plan.h"

#include <cmath>

#include "beta.h"
#include "decimal.h"
#include "exact_ratio.h"
#include "field_path.h"

namespace funnel {
namespace {

constexpr std::size_t kMinStages = 2;
constexpr std::size_t kMaxStages = 8;
constexpr std::size_t kMaxStageNameLength = 40;  // characters
constexpr double kSmallSample = 30;

class Checker {
public:
    explicit Checker(std::vector<Issue>& errors) : errors_(errors) {}

    // A finite number > 0 (and at most 2^53 - 1 where the plan counts with it).
    bool positive(double value, const std::string& field, bool bounded) {
        if (!std::isfinite(value)) return fail(field, Code::not_finite);
        if (value <= 0) return fail(field, Code::not_positive);
        if (bounded && value > static_cast<double>(kMaxWhole)) return fail(field, Code::too_large);
        return true;
    }

    bool whole(double value, const std::string& field) {
        if (!positive(value, field, true)) return false;
        if (std::floor(value) != value) return fail(field, Code::not_whole);
        return true;
    }

    bool fail(const std::string& field, Code code) {
        errors_.push_back(Issue{field, code});
        return false;
    }

private:
    std::vector<Issue>& errors_;
};

std::size_t characterCount(const std::string& utf8) {
    std::size_t count = 0;
    for (const char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

bool isBlank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

void checkRequest(const PlanRequest& request, Checker& check) {
    const Goal& goal = request.goal;
    if (goal.byRevenue) {
        check.positive(goal.revenue, "goal.revenue", true);
        check.positive(goal.dealValue, "goal.dealValue", true);
    } else {
        check.whole(goal.customers, "goal.customers");
    }

    const std::size_t stageCount = request.stages.size();
    if (stageCount < kMinStages || stageCount > kMaxStages) check.fail("stages", Code::stage_count);
    for (std::size_t i = 0; i < stageCount; ++i) {
        const std::string& name = request.stages[i];
        if (isBlank(name) || characterCount(name) > kMaxStageNameLength) {
            check.fail(indexed("stages", i), Code::stage_name);
        }
    }

    if (request.conversions.size() + 1 != stageCount) check.fail("conversions", Code::conversion_count);
    for (std::size_t i = 0; i < request.conversions.size(); ++i) {
        const ConversionInput& conversion = request.conversions[i];
        const std::string path = indexed("conversions", i);
        if (!conversion.fromCounts) {
            if (check.positive(conversion.rate, member(path, "rate"), false) && conversion.rate > 1) {
                check.fail(member(path, "rate"), Code::rate_above_one);
            }
            continue;
        }
        const bool fromOk = check.whole(conversion.fromCount, member(path, "fromCount"));
        const bool toOk = check.whole(conversion.toCount, member(path, "toCount"));
        if (fromOk && toOk && conversion.toCount > conversion.fromCount) {
            check.fail(member(path, "toCount"), Code::exceeds_from_count);
        }
    }

    if (request.historyMonths) check.positive(*request.historyMonths, "historyMonths", true);
    check.positive(request.periodMonths, "periodMonths", true);
}

Ratio exactRate(const ConversionInput& conversion) {
    if (conversion.fromCounts) {
        return ratioOfCounts(static_cast<std::uint64_t>(conversion.toCount),
                             static_cast<std::uint64_t>(conversion.fromCount));
    }
    return ratioOfDecimal(shortestDecimal(conversion.rate));
}

ConversionPlan describeConversion(const ConversionInput& conversion, const std::string& from, const std::string& to) {
    ConversionPlan result{from, to, conversion.rate, conversion.rate, conversion.rate};
    if (conversion.fromCounts) {
        result.rate = conversion.toCount / conversion.fromCount;  // both exact, so correctly rounded
        const Interval interval = jeffreysInterval(static_cast<std::uint64_t>(conversion.toCount),
                                                   static_cast<std::uint64_t>(conversion.fromCount));
        result.low = interval.low;
        result.high = interval.high;
    }
    return result;
}

// Extreme month values must not turn into Infinity on screen.
std::optional<double> finiteOrNothing(double value) {
    if (std::isfinite(value) && value > 0) return value;
    return std::nullopt;
}

// What the stage saw per goal period in the past, when counts and months are known.
std::optional<double> historicalCount(const PlanRequest& request, std::size_t stage) {
    if (!request.historyMonths) return std::nullopt;
    const auto& conversions = request.conversions;
    const bool bottom = stage + 1 == request.stages.size();
    const ConversionInput& source = bottom ? conversions[stage - 1] : conversions[stage];
    if (!source.fromCounts) return std::nullopt;
    const double count = bottom ? source.toCount : source.fromCount;
    return finiteOrNothing(count / *request.historyMonths * request.periodMonths);
}

}  // namespace

PlanResult plan(const PlanRequest& request) {
    PlanResult result;
    Checker check(result.errors);
    checkRequest(request, check);
    if (!result.errors.empty()) return result;

    const Goal& goal = request.goal;
    const std::string goalField = goal.byRevenue ? "goal.revenue" : "goal.customers";
    const std::optional<std::uint64_t> customers =
        goal.byRevenue ? divideRoundingUp(shortestDecimal(goal.revenue), shortestDecimal(goal.dealValue), kMaxWhole)
                       : std::optional<std::uint64_t>(static_cast<std::uint64_t>(goal.customers));
    if (!customers) {
        check.fail(goalField, Code::too_large);
        return result;
    }

    const std::size_t stageCount = request.stages.size();
    std::vector<std::uint64_t> required(stageCount);
    required[stageCount - 1] = *customers;
    for (std::size_t s = stageCount - 1; s-- > 0;) {
        const auto need = divideRoundingUp(required[s + 1], exactRate(request.conversions[s]), kMaxWhole);
        if (!need) {
            check.fail(goalField, Code::too_large);
            return result;
        }
        required[s] = *need;
    }

    result.ok = true;
    result.customers = *customers;
    result.overallRate = 1;
    for (std::size_t s = 0; s < stageCount; ++s) {
        StagePlan stage{request.stages[s], required[s], historicalCount(request, s), std::nullopt};
        if (stage.historicalPerPeriod) {
            const auto ratio = finiteOrNothing(static_cast<double>(stage.required) / *stage.historicalPerPeriod);
            if (ratio) stage.gap = *ratio - 1;
        }
        result.stages.push_back(std::move(stage));
    }
    for (std::size_t i = 0; i < request.conversions.size(); ++i) {
        const ConversionInput& conversion = request.conversions[i];
        result.conversions.push_back(describeConversion(conversion, request.stages[i], request.stages[i + 1]));
        result.overallRate *= result.conversions.back().rate;
        if (conversion.fromCounts && conversion.fromCount < kSmallSample) {
            result.warnings.push_back(Issue{member(indexed("conversions", i), "fromCount"), Code::small_sample});
        }
    }
    return result;
}

}  // namespace funnel
