#include "request_check.h"

#include <cmath>

#include "decimal.h"
#include "exact_ratio.h"

namespace funnel {

bool Checker::positive(double value, const std::string& field, bool bounded) {
    if (!std::isfinite(value)) return fail(field, Code::not_finite);
    if (value <= 0) return fail(field, Code::not_positive);
    if (bounded && value > static_cast<double>(kMaxWhole)) return fail(field, Code::too_large);
    return true;
}

bool Checker::whole(double value, const std::string& field) {
    if (!positive(value, field, true)) return false;
    if (std::floor(value) != value) return fail(field, Code::not_whole);
    return true;
}

bool Checker::fail(const std::string& field, Code code) {
    errors_.push_back(Issue{field, code});
    return false;
}

void checkGoal(const Goal& goal, Checker& check) {
    if (goal.byRevenue) {
        check.positive(goal.revenue, "goal.revenue", true);
        check.positive(goal.dealValue, "goal.dealValue", true);
    } else {
        check.whole(goal.customers, "goal.customers");
    }
}

std::optional<std::uint64_t> goalCustomers(const Goal& goal) {
    const auto bounded = [](double value) { return value > 0 && value <= static_cast<double>(kMaxWhole); };
    if (!goal.byRevenue) {
        if (!(bounded(goal.customers) && std::floor(goal.customers) == goal.customers)) return std::nullopt;
        return static_cast<std::uint64_t>(goal.customers);
    }
    if (!bounded(goal.revenue) || !bounded(goal.dealValue)) return std::nullopt;
    return divideRoundingUp(shortestDecimal(goal.revenue), shortestDecimal(goal.dealValue), kMaxWhole);
}

}  // namespace funnel
