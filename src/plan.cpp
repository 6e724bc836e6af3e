#include "plan.h"

#include <algorithm>
#include <cmath>

#include "beta.h"
#include "calendar.h"
#include "confidence.h"
#include "decimal.h"
#include "exact_ratio.h"
#include "field_path.h"
#include "pace.h"
#include "plausibility.h"
#include "request_check.h"

namespace funnel {
namespace {

constexpr double kSmallSample = 30;
// Per-week and per-working-day figures: 52 weeks and 250 working days a year
// (Germany has 248 to 253, depending on the state and the year).
constexpr double kMonthsPerYear = 12;
constexpr double kWeeksPerYear = 52;
constexpr double kWorkingDaysPerYear = 250;
constexpr double kLowestConfidence = 0.5;

void checkRequest(const PlanRequest& request, Checker& check) {
    checkGoal(request.goal, check);
    checkFunnel(request.stages, request.conversions, check);
    if (request.historyMonths) check.positive(*request.historyMonths, "historyMonths", true);
    check.positive(request.periodMonths, "periodMonths", true);
    if (request.start) {
        if (!parseMonth(*request.start)) check.fail("start", Code::bad_month);
        const double months = request.periodMonths;
        if (!(months >= 1 && months <= 36 && std::floor(months) == months))
            check.fail("periodMonths", Code::horizon_range);
        if (!holidaysIn(request.holidays, 2000, 1)) check.fail("holidays", Code::unknown_region);
    }
    if (request.confidence) {
        const double level = *request.confidence;
        if (!std::isfinite(level))
            check.fail("confidence", Code::not_finite);
        else if (level < kLowestConfidence || level >= 1)
            check.fail("confidence", Code::confidence_range);
    }
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

// What the stage saw in the history: the fromCount of the conversion leaving
// it (the last toCount for the bottom stage), when that was given as counts.
std::optional<double> historicalCount(const PlanRequest& request, std::size_t stage) {
    const auto& conversions = request.conversions;
    const bool bottom = stage + 1 == request.stages.size();
    const ConversionInput& source = bottom ? conversions[stage - 1] : conversions[stage];
    if (!source.fromCounts) return std::nullopt;
    return bottom ? source.toCount : source.fromCount;
}

// The same per goal period, when the months of the history are known.
std::optional<double> historicalPerPeriod(const PlanRequest& request, const std::optional<double>& count) {
    if (!request.historyMonths || !count) return std::nullopt;
    return finiteOrNothing(*count / *request.historyMonths * request.periodMonths);
}

// The real working days of the plan's period, from its start month on.
std::optional<PlanWorkingDays> workingDaysOf(const PlanRequest& request) {
    if (!request.start) return std::nullopt;
    PlanWorkingDays days;
    days.region = request.holidays;
    const MonthIndex first = *parseMonth(*request.start);
    days.from = monthText(first);
    days.to = monthText(first + static_cast<MonthIndex>(request.periodMonths) - 1);
    for (MonthIndex month = first; month < first + static_cast<MonthIndex>(request.periodMonths); ++month) {
        const int year = month / 12;
        const int calendar = calendarMonth(month);
        days.count += *workingDays(request.holidays, year, calendar);
        const auto holidays = holidaysIn(request.holidays, year, calendar);
        for (const Date& holiday : *holidays)
            if (weekday(holiday) < 5) days.holidays.push_back(dateText(holiday));
    }
    return days;
}

// A stage that needs `required` leads in the goal's period, with what follows
// from that: per month, week and working day, and the gap to the history.
StagePlan describeStage(const PlanRequest& request, std::size_t s, std::uint64_t required,
                        const std::optional<PlanWorkingDays>& workingDays) {
    StagePlan stage;
    stage.name = request.stages[s];
    stage.required = required;
    stage.historicalCount = historicalCount(request, s);
    stage.historicalPerPeriod = historicalPerPeriod(request, stage.historicalCount);
    if (stage.historicalPerPeriod) {
        const auto ratio = finiteOrNothing(static_cast<double>(required) / *stage.historicalPerPeriod);
        if (ratio) stage.gap = *ratio - 1;
    }
    const double perYear = static_cast<double>(required) * kMonthsPerYear / request.periodMonths;
    stage.perMonth = finiteOrNothing(static_cast<double>(required) / request.periodMonths);
    stage.perWeek = finiteOrNothing(perYear / kWeeksPerYear);
    stage.perWorkingDay = workingDays ? finiteOrNothing(static_cast<double>(required) / workingDays->count)
                                      : finiteOrNothing(perYear / kWorkingDaysPerYear);
    return stage;
}

// Each stage's whole leads, bottom up: required[s] = ceil(required[s + 1] / rate[s]),
// exactly; nothing when one exceeds 2^53 - 1.
std::optional<std::vector<std::uint64_t>> requirements(std::uint64_t customers, const std::vector<Ratio>& rates) {
    std::vector<std::uint64_t> required(rates.size() + 1);
    required.back() = customers;
    for (std::size_t s = rates.size(); s-- > 0;) {
        const auto need = divideRoundingUp(required[s + 1], rates[s], kMaxWhole);
        if (!need) return std::nullopt;
        required[s] = *need;
    }
    return required;
}

// The rate 10 % better (relatively), at most 1, still exact.
Ratio improved(const Ratio& rate) {
    BigUint numerator(rate.numerator);
    numerator.multiplySmall(11);
    BigUint denominator = rate.denominator;
    denominator.multiplySmall(10);
    if (denominator <= numerator) return Ratio{};  // 1
    bool fits = false;
    return Ratio{numerator.toUint64(fits), denominator};
}

// Which single improvement helps most: each conversion 10 % better on its own,
// ranked by the top-of-funnel leads it saves.
std::vector<Improvement> sensitivity(const PlanRequest& request, const std::vector<Ratio>& rates,
                                     const std::vector<std::uint64_t>& required) {
    std::vector<Improvement> improvements;
    for (std::size_t i = 0; i < rates.size(); ++i) {
        std::vector<Ratio> better = rates;
        better[i] = improved(rates[i]);
        const auto chain = requirements(required.back(), better);
        if (!chain) continue;
        const ConversionInput& conversion = request.conversions[i];
        const double rate = conversion.fromCounts ? conversion.toCount / conversion.fromCount : conversion.rate;
        const double improvedRate = rate * 1.1 < 1 ? rate * 1.1 : 1;
        improvements.push_back(Improvement{i, request.stages[i], request.stages[i + 1], improvedRate, chain->front(),
                                           required.front() - chain->front()});
    }
    // At most seven: an insertion sort, stable, and 1.7 KB gzip smaller in wasm than std::stable_sort.
    for (std::size_t i = 1; i < improvements.size(); ++i) {
        Improvement item = std::move(improvements[i]);
        std::size_t at = i;
        for (; at > 0 && improvements[at - 1].saves < item.saves; --at)
            improvements[at] = std::move(improvements[at - 1]);
        improvements[at] = std::move(item);
    }
    return improvements;
}

// For each stage, the fewest leads that reach the goal with the chosen
// probability; nothing when one would need more than 2^53 - 1.
std::optional<ConfidencePlan> planConfidence(const PlanRequest& request, std::uint64_t customers,
                                             const std::vector<std::uint64_t>& required,
                                             const std::optional<PlanWorkingDays>& workingDays) {
    ConfidencePlan confidence;
    confidence.level = *request.confidence;
    const std::size_t stageCount = request.stages.size();
    // The ways down from each stage, bottom up: each is the one below it with
    // one more rate on top, so each grid is one convolution, not a new build.
    std::vector<ConversionPath> paths(stageCount);
    for (std::size_t s = stageCount - 1; s-- > 0;) paths[s] = paths[s + 1].with(pathRate(request.conversions[s]));
    for (std::size_t s = 0; s < stageCount; ++s) {
        const auto leads = leadsForConfidence(customers, confidence.level, paths[s], kMaxWhole);
        if (!leads) return std::nullopt;
        if (s == 0) confidence.probabilityAtPlan = probabilityOfReaching(customers, required[0], paths[s]);
        confidence.stages.push_back(describeStage(request, s, *leads, workingDays));
    }
    return confidence;
}

}  // namespace

PathRate pathRate(const ConversionInput& conversion) {
    PathRate rate;
    rate.measured = conversion.fromCounts;
    rate.rate = conversion.rate;
    rate.successes = static_cast<std::uint64_t>(conversion.toCount);
    rate.trials = static_cast<std::uint64_t>(conversion.fromCount);
    return rate;
}

std::vector<Issue> checkPlanRequest(const PlanRequest& request) {
    std::vector<Issue> errors;
    Checker check(errors);
    checkRequest(request, check);
    return errors;
}

PlanResult plan(const PlanRequest& request) {
    PlanResult result;
    result.errors = checkPlanRequest(request);
    if (!result.errors.empty()) return result;
    Checker check(result.errors);

    const Goal& goal = request.goal;
    const std::string goalField = goal.byRevenue ? "goal.revenue" : "goal.customers";
    const std::optional<std::uint64_t> customers = goalCustomers(goal);
    if (!customers) {
        check.fail(goalField, Code::too_large);
        return result;
    }

    const std::size_t stageCount = request.stages.size();
    std::vector<Ratio> rates;
    for (const ConversionInput& conversion : request.conversions) rates.push_back(exactRate(conversion));
    const auto chain = requirements(*customers, rates);
    if (!chain) {
        check.fail(goalField, Code::too_large);
        return result;
    }
    const std::vector<std::uint64_t>& required = *chain;

    result.workingDays = workingDaysOf(request);
    if (request.confidence) {
        result.confidence = planConfidence(request, *customers, required, result.workingDays);
        if (!result.confidence) {
            check.fail("confidence", Code::too_large);
            return result;
        }
    }

    result.ok = true;
    result.customers = *customers;
    result.overallRate = 1;
    for (std::size_t s = 0; s < stageCount; ++s) {
        result.stages.push_back(describeStage(request, s, required[s], result.workingDays));
        if (s + 1 < stageCount) {
            const ConversionInput& conversion = request.conversions[s];
            const double below = static_cast<double>(required[s + 1]);
            result.stages.back().unrounded =
                conversion.fromCounts ? below * conversion.fromCount / conversion.toCount : below / conversion.rate;
        } else if (goal.byRevenue) {
            result.stages.back().unrounded = goal.revenue / goal.dealValue;
        }
    }
    for (std::size_t i = 0; i < request.conversions.size(); ++i) {
        const ConversionInput& conversion = request.conversions[i];
        result.conversions.push_back(describeConversion(conversion, request.stages[i], request.stages[i + 1]));
        result.overallRate *= result.conversions.back().rate;
        if (conversion.fromCounts && conversion.fromCount < kSmallSample) {
            result.warnings.push_back(Issue{member(indexed("conversions", i), "fromCount"), Code::small_sample});
        }
    }
    result.sensitivity = sensitivity(request, rates, required);
    result.hints = planHints(request, result);
    return result;
}

}  // namespace funnel
