// Checks of values shared by plan() and forecast(): each problem becomes an
// Issue with its field path; nothing stops at the first one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "issue.h"
#include "plan.h"

namespace funnel {

class Checker {
public:
    explicit Checker(std::vector<Issue>& errors) : errors_(errors) {}

    // A finite number > 0 (and at most 2^53 - 1 where it counts leads or money).
    bool positive(double value, const std::string& field, bool bounded);
    // A whole number from 1 to 2^53 - 1.
    bool whole(double value, const std::string& field);
    bool fail(const std::string& field, Code code);

private:
    std::vector<Issue>& errors_;
};

// A goal's checks (customers whole; or revenue and deal value positive), at goal.customers, goal.revenue,
// goal.dealValue.
void checkGoal(const Goal& goal, Checker& check);

// The customers a goal asks for: its customers, or ceil(revenue / deal value) exactly; nothing for a goal that
// is none (not checked, or beyond 2^53 - 1).
std::optional<std::uint64_t> goalCustomers(const Goal& goal);

}  // namespace funnel
