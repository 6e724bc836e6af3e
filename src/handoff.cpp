#include "handoff.h"

#include <cmath>

#include "calendar.h"
#include "field_path.h"
#include "plan.h"  // isWholeCount
#include "request_check.h"

namespace funnel {
namespace {

constexpr double kMostPeriodMonths = 36;

// ceil(n x 12 / 52) = ceil(3n / 13) in whole numbers: a year has 52 weeks, a month 52/12 of them on average.
std::uint64_t weekly(std::uint64_t monthly) { return (3 * monthly + 12) / 13; }

bool wholeIn(double value, double low, double high) {
    return std::isfinite(value) && std::floor(value) == value && value >= low && value <= high;
}

// A service level: whole within its range, else its range said (an empty field is missing).
void checkLevel(double value, double low, double high, const char* field, Code code, Checker& check) {
    if (!wholeIn(value, low, high)) check.fail(field, std::isnan(value) ? Code::missing : code);
}

void checkLevels(const ServiceLevels& levels, Checker& check) {
    checkLevel(levels.responseHours, 1, 168, "levels.responseHours", Code::hours_range, check);
    checkLevel(levels.demoResponseHours, 1, 168, "levels.demoResponseHours", Code::hours_range, check);
    checkLevel(levels.attempts, 1, 10, "levels.attempts", Code::attempts_range, check);
    checkLevel(levels.attemptDays, 1, 30, "levels.attemptDays", Code::days_range, check);
    checkLevel(levels.feedbackDays, 1, 30, "levels.feedbackDays", Code::days_range, check);
    checkLevel(levels.termMonths, 1, 36, "levels.termMonths", Code::term_range, check);
}

// The commitments, or errors at commitments.* when they cannot be read.
std::vector<Commitment> commitmentsOf(const CommitmentsRequest& request, std::vector<Issue>& errors) {
    const std::size_t before = errors.size();
    Checker check(errors);
    std::vector<Commitment> out;
    if (request.months.empty()) {
        if (!request.topRequired || !request.handoffRequired) {
            check.fail("commitments", Code::missing);
            return out;
        }
        if (!wholeIn(request.periodMonths, 1, kMostPeriodMonths)) {
            check.fail("commitments.periodMonths", Code::horizon_range);
            return out;
        }
        // The plan's month: its period's requirement spread over the months, rounded up exactly.
        const auto months = static_cast<std::uint64_t>(request.periodMonths);
        Commitment month;
        month.top = (*request.topRequired + months - 1) / months;
        month.handoff = (*request.handoffRequired + months - 1) / months;
        month.topWeekly = weekly(month.top);
        month.handoffWeekly = weekly(month.handoff);
        out.push_back(month);
        return out;
    }
    if (request.months.size() > static_cast<std::size_t>(kMostPeriodMonths) ||
        request.top.size() != request.months.size() || request.handoff.size() != request.months.size()) {
        check.fail("commitments.months", Code::list_length);
        return out;
    }
    for (std::size_t i = 0; i < request.months.size(); ++i) {
        if (!parseMonth(request.months[i])) check.fail(indexed("commitments.months", i), Code::bad_month);
        if (!isWholeCount(request.top[i])) check.fail(indexed("commitments.top", i), Code::not_whole);
        if (!isWholeCount(request.handoff[i])) check.fail(indexed("commitments.handoff", i), Code::not_whole);
    }
    if (errors.size() > before) return {};
    for (std::size_t i = 0; i < request.months.size(); ++i) {
        Commitment month;
        month.month = request.months[i];
        month.top = static_cast<std::uint64_t>(request.top[i]);
        month.handoff = static_cast<std::uint64_t>(request.handoff[i]);
        month.topWeekly = weekly(month.top);
        month.handoffWeekly = weekly(month.handoff);
        out.push_back(month);
    }
    return out;
}

// A part's errors under its own name (capacity's "team" is the page's "capacity.team").
void addUnder(std::vector<Issue>& errors, const std::vector<Issue>& part, const char* name) {
    for (Issue issue : part) {
        if (name) issue.field = member(name, issue.field.c_str());
        errors.push_back(std::move(issue));
    }
}

}  // namespace

HandoffResult handoff(const HandoffRequest& request) {
    HandoffResult result;
    Checker check(result.errors);
    checkLevels(request.levels, check);
    result.commitments = commitmentsOf(request.commitments, result.errors);
    result.score = score(request.scoring);
    addUnder(result.errors, result.score.errors, nullptr);
    if (!result.commitments.empty()) {
        CapacityRequest load = request.capacity;
        load.sqlsPerMonth.clear();
        for (const Commitment& month : result.commitments)
            load.sqlsPerMonth.push_back(static_cast<double>(month.handoff));
        result.capacity = capacity(load);
        addUnder(result.errors, result.capacity.errors, "capacity");
    }
    result.ok = result.errors.empty();
    return result;
}

}  // namespace funnel
