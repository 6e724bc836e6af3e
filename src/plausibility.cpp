#include "plausibility.h"

#include <cmath>
#include <optional>

#include "decimal.h"

namespace funnel {
namespace {

constexpr double kFarAbove = 11;    // a gap of +1000 %
constexpr double kFarBelow = 0.01;  // 1 % of the history
constexpr int kLargestShift = 9;    // powers of ten tried for a suggestion
constexpr double kWeeksPerYear = 52;
constexpr double kDaysPerYear = 365;
constexpr double kLongestHistory = 120;  // months: 10 years
constexpr double kLongestUnitSlip = 5;   // years of weeks or days read as months

// value x 10^shift, exactly.
double shifted(double value, int shift) {
    const Decimal decimal = shortestDecimal(value);
    return decimalToDouble(false, std::to_string(decimal.digits), "", decimal.exponent + shift);
}

// The stage nearest the bottom with a history, as (required / history per period).
struct HistoryRatio {
    double ratio = 0;
    double perPeriod = 0;
};

std::optional<HistoryRatio> historyRatio(const PlanResult& result) {
    for (std::size_t s = result.stages.size(); s-- > 0;) {
        const StagePlan& stage = result.stages[s];
        if (stage.historicalPerPeriod && *stage.historicalPerPeriod > 0)
            return HistoryRatio{static_cast<double>(stage.required) / *stage.historicalPerPeriod,
                                *stage.historicalPerPeriod};
    }
    return std::nullopt;
}

bool plausible(double ratio) { return ratio >= kFarBelow && ratio < kFarAbove; }

// The revenue goal's customers with `field` (deal value or revenue) shifted
// by a power of ten, for the shift that brings the goal back within range:
// the smallest of a thousand, a million, a billion (a value typed in
// thousands, "24,9" for 24.900, is the usual slip), else the one that brings
// the ratio nearest to 1.
std::optional<Suggestion> powerOfTenFix(const PlanRequest& request, const PlanResult& result, double ratio,
                                        bool dealValue) {
    const Goal& goal = request.goal;
    std::optional<Suggestion> best;
    double bestDistance = 0;
    for (int k = 1; k <= kLargestShift; ++k) {
        // The deal value grows when the goal is far above the history, the revenue when far below.
        const double revenue = dealValue ? goal.revenue : shifted(goal.revenue, k);
        const double deal = dealValue ? shifted(goal.dealValue, k) : goal.dealValue;
        const double customers = std::ceil(revenue / deal);
        const double newRatio = ratio * customers / static_cast<double>(result.customers);
        if (!plausible(newRatio)) continue;
        // A thousand, then a million, then a billion; any other shift after them, the nearest first.
        // (How far from 1: max(r, 1/r) ranks as |log r| does, without a logarithm.)
        const double distance = k % 3 == 0 ? k / 3 : kLargestShift + (newRatio >= 1 ? newRatio : 1 / newRatio);
        if (!best || distance < bestDistance) {
            best = Suggestion{dealValue ? "goal.dealValue" : "goal.revenue", dealValue ? deal : revenue};
            bestDistance = distance;
        }
    }
    return best;
}

void checkGoal(const PlanRequest& request, const PlanResult& result, std::vector<Hint>& hints) {
    const Goal& goal = request.goal;
    if (goal.byRevenue && goal.revenue < goal.dealValue) {
        Hint hint;
        hint.field = "goal.revenue";
        hint.code = HintCode::revenue_below_deal_value;
        hint.apply = {Suggestion{"goal.revenue", goal.dealValue}, Suggestion{"goal.dealValue", goal.revenue}};
        hints.push_back(std::move(hint));
        return;
    }
    const auto history = historyRatio(result);
    if (!history || plausible(history->ratio)) return;
    const bool above = history->ratio >= kFarAbove;
    Hint hint;
    hint.code = above ? HintCode::goal_far_above_history : HintCode::goal_far_below_history;
    hint.figures = {history->ratio, history->perPeriod, request.periodMonths};
    hint.field = goal.byRevenue ? "goal.revenue" : "goal.customers";
    if (goal.byRevenue) {
        if (auto fix = powerOfTenFix(request, result, history->ratio, above)) {
            hint.field = fix->field;
            hint.apply.push_back(*fix);
        }
    }
    hints.push_back(std::move(hint));
}

// Months that are a whole number of `perYear` units (weeks, days) for 1 to 5 years.
std::optional<double> yearsOfUnits(double months, double perYear) {
    const double years = months / perYear;
    if (years != std::floor(years) || years < 1 || years > kLongestUnitSlip) return std::nullopt;
    return years * 12;
}

void checkHistory(const PlanRequest& request, const PlanResult& result, std::vector<Hint>& hints) {
    if (!request.historyMonths || !historyRatio(result)) return;  // no counts: the months change nothing
    const double months = *request.historyMonths;
    Hint hint;
    hint.field = "historyMonths";
    if (auto weeks = yearsOfUnits(months, kWeeksPerYear)) {
        hint.code = HintCode::history_in_weeks;
        hint.figures = {months, *weeks};
    } else if (auto days = yearsOfUnits(months, kDaysPerYear)) {
        hint.code = HintCode::history_in_days;
        hint.figures = {months, *days};
    } else if (months > kLongestHistory) {
        hint.code = HintCode::history_long;
        hint.figures = {months};
        hints.push_back(std::move(hint));
        return;
    } else {
        return;
    }
    hint.apply.push_back(Suggestion{"historyMonths", hint.figures[1]});
    hints.push_back(std::move(hint));
}

}  // namespace

std::vector<Hint> planHints(const PlanRequest& request, const PlanResult& result) {
    std::vector<Hint> hints;
    if (!result.ok) return hints;
    checkGoal(request, result, hints);
    checkHistory(request, result, hints);
    return hints;
}

}  // namespace funnel
