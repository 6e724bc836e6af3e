// The value checks of a schedule request (schedule.h): one Issue per problem.
#include <cmath>

#include "calendar.h"
#include "field_path.h"
#include "plan.h"
#include "request_check.h"
#include "schedule.h"

namespace funnel {
namespace {

constexpr double kLongestHorizon = 36;
constexpr double kLongestLagDays = 1095;  // three years between two stages
constexpr double kLowestGrowth = -0.5;
constexpr double kHighestGrowth = 1;

void checkGoal(const ScheduleRequest& request, Checker& check) {
    if (request.byRevenue) {
        check.positive(request.revenue, "goal.revenue", true);
        check.positive(request.dealValue, "goal.dealValue", true);
        return;
    }
    const auto wholeCount = [&](double value, const std::string& field) {
        if (!std::isfinite(value)) return check.fail(field, Code::not_finite);
        if (value < 0) return check.fail(field, Code::negative);
        if (value > static_cast<double>(kMaxWhole)) return check.fail(field, Code::too_large);
        if (std::floor(value) != value) return check.fail(field, Code::not_whole);
        return true;
    };
    if (!request.goalIsList) {
        if (wholeCount(request.customers, "goal.customers") && request.customers == 0)
            check.fail("goal.customers", Code::all_zero);
        return;
    }
    bool any = false;
    bool valid = true;
    for (std::size_t i = 0; i < request.customerList.size(); ++i) {
        valid = wholeCount(request.customerList[i], indexed("goal.customers", i)) && valid;
        any = any || request.customerList[i] > 0;
    }
    // The length is checked against a valid horizon only (a wrong one is said on `months`).
    if (request.months >= 1 && request.months <= kLongestHorizon &&
        request.customerList.size() != static_cast<std::size_t>(request.months))
        check.fail("goal.customers", Code::list_length);
    else if (valid && !any)
        check.fail("goal.customers", Code::all_zero);
}

void checkShape(const ScheduleRequest& request, Checker& check) {
    if (request.seasonality) {
        const auto& weights = *request.seasonality;
        if (request.goalIsList) check.fail("seasonality", Code::not_with_list);
        if (weights.size() != 12) {
            check.fail("seasonality", Code::list_length);
        } else {
            bool any = false;
            bool valid = true;
            for (std::size_t j = 0; j < 12; ++j) {
                const std::string field = indexed("seasonality", j);
                if (!std::isfinite(weights[j]))
                    valid = check.fail(field, Code::not_finite);
                else if (weights[j] < 0)
                    valid = check.fail(field, Code::negative);
                any = any || weights[j] > 0;
            }
            if (valid && !any) check.fail("seasonality", Code::all_zero);
        }
    }
    if (request.growth) {
        if (request.goalIsList)
            check.fail("growth", Code::not_with_list);
        else if (!(*request.growth >= kLowestGrowth && *request.growth <= kHighestGrowth))
            check.fail("growth", Code::growth_range);
    }
    if (!request.lagDays.empty()) {
        if (request.lagDays.size() != request.conversions.size()) check.fail("lagDays", Code::list_length);
        for (std::size_t i = 0; i < request.lagDays.size(); ++i) {
            const double days = request.lagDays[i];
            if (!(days >= 0 && days <= kLongestLagDays)) check.fail(indexed("lagDays", i), Code::lag_range);
        }
    }
}

}  // namespace

std::vector<Issue> checkScheduleRequest(const ScheduleRequest& request) {
    std::vector<Issue> errors;
    Checker check(errors);
    checkFunnel(request.stages, request.conversions, check);
    if (!parseMonth(request.start)) check.fail("start", Code::bad_month);
    const double months = request.months;
    if (!(months >= 1 && months <= kLongestHorizon && std::floor(months) == months))
        check.fail("months", Code::horizon_range);
    checkGoal(request, check);
    const double period = request.periodMonths;
    if (!(period >= 1 && period <= kLongestHorizon && std::floor(period) == period))
        check.fail("periodMonths", Code::horizon_range);
    else if (period != 1 && request.goalIsList)
        check.fail("periodMonths", Code::not_with_list);
    checkShape(request, check);
    return errors;
}

}  // namespace funnel
