// Sales capacity for the hand-off (issue 19, item 2): the people the plan's
// SQLs need a month (or the schedule's busiest month), rounded up to whole
// people, the load per working day, the hours when an SQL's hours are given,
// and by how many people a team of a given size is short.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "issue.h"

namespace funnel {

struct CapacityRequest {
    std::vector<double> sqlsPerMonth;   // one month (the plan's) or the schedule's months: the busiest counts
    double perPerson = 40;              // SQLs one salesperson can work a month, > 0
    std::optional<double> hoursPerSql;  // > 0
    std::optional<double> team;         // whole >= 0: the people there are
    double workingDaysPerYear = 250;    // as the plan counts them; a month has a twelfth
};

struct CapacityResult {
    bool ok = false;
    double peak = 0;                       // the SQLs of the busiest month
    std::size_t peakMonth = 0;             // its index (the first of equals)
    std::uint64_t people = 0;              // ceil(peak / perPerson), exactly
    double perWorkingDay = 0;              // peak x 12 / workingDaysPerYear
    std::optional<double> hours;           // peak x hoursPerSql a month
    std::optional<std::uint64_t> shortBy;  // people - team when the team is smaller, else 0; none without a team
    std::vector<Issue> errors;
};

CapacityResult capacity(const CapacityRequest& request);

}  // namespace funnel
