#include "capacity.h"

#include <cmath>

#include "decimal.h"
#include "exact_ratio.h"
#include "field_path.h"
#include "plan.h"  // isWholeCount, kMaxWhole
#include "request_check.h"

namespace funnel {
namespace {

// The schedule's longest: 36 months and the lead-in of up to seven lags of three years each.
constexpr std::size_t kMostMonths = 36 + 7 * 36;

std::vector<Issue> checkCapacity(const CapacityRequest& request) {
    std::vector<Issue> errors;
    Checker check(errors);
    if (request.sqlsPerMonth.empty() || request.sqlsPerMonth.size() > kMostMonths)
        check.fail("sqls", Code::list_length);
    for (std::size_t i = 0; i < request.sqlsPerMonth.size(); ++i)
        if (!isWholeCount(request.sqlsPerMonth[i])) check.fail(indexed("sqls", i), Code::not_whole);
    // An emptied field reads as NaN: it is missing (the plan's checks say "not finite" of a NaN handed over).
    if (std::isnan(request.perPerson))
        check.fail("perPerson", Code::missing);
    else
        check.positive(request.perPerson, "perPerson", true);
    if (request.hoursPerSql) check.positive(*request.hoursPerSql, "hoursPerSql", true);
    if (request.team && !isWholeCount(*request.team))
        check.fail("team", std::isnan(*request.team) ? Code::missing : Code::not_whole);
    check.positive(request.workingDaysPerYear, "workingDaysPerYear", true);
    return errors;
}

}  // namespace

CapacityResult capacity(const CapacityRequest& request) {
    CapacityResult result;
    result.errors = checkCapacity(request);
    if (!result.errors.empty()) return result;
    for (std::size_t i = 0; i < request.sqlsPerMonth.size(); ++i) {
        if (request.sqlsPerMonth[i] > result.peak) {
            result.peak = request.sqlsPerMonth[i];
            result.peakMonth = i;
        }
    }
    // Whole people, rounded up exactly: 80 SQLs at 40 are 2 people, 81 are 3 (and 0 SQLs need none).
    const auto peak = static_cast<std::uint64_t>(result.peak);
    result.people =
        peak == 0
            ? 0
            : divideRoundingUp(Decimal{peak, 0}, shortestDecimal(request.perPerson), kMaxWhole).value_or(kMaxWhole);
    // peak x 12 / 250, not peak / (250 / 12): one rounding, so 100 SQLs are 4.8 a day, not 4.800000000000001.
    result.perWorkingDay = result.peak * 12 / request.workingDaysPerYear;
    if (request.hoursPerSql) result.hours = result.peak * *request.hoursPerSql;
    if (request.team) {
        const auto team = static_cast<std::uint64_t>(*request.team);
        result.shortBy = team < result.people ? result.people - team : 0;
    }
    result.ok = true;
    return result;
}

}  // namespace funnel
