#include "pace.h"

#include <cmath>

#include "field_path.h"
#include "request_check.h"

namespace funnel {
namespace {

bool isWorkingDay(const Date& date, const std::vector<Date>& holidays) {
    if (weekday(date) >= 5) return false;
    for (const Date& holiday : holidays)
        if (holiday.day == date.day) return false;
    return true;
}

void checkCounts(const std::vector<double>& counts, const char* field, std::size_t stages, Checker& check) {
    if (counts.size() != stages) check.fail(field, Code::list_length);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double count = counts[i];
        const std::string path = indexed(field, i);
        if (!std::isfinite(count))
            check.fail(path, Code::not_finite);
        else if (count < 0)
            check.fail(path, Code::negative);
        else if (count > static_cast<double>((std::uint64_t{1} << 53) - 1))
            check.fail(path, Code::too_large);
        else if (std::floor(count) != count)
            check.fail(path, Code::not_whole);
    }
}

}  // namespace

std::optional<int> workingDays(std::string_view region, int year, int month, int upToDay) {
    const auto holidays = holidaysIn(region, year, month);
    if (!holidays) return std::nullopt;
    const int last = upToDay > 0 ? upToDay : daysInMonth(year, month);
    int count = 0;
    for (int day = 1; day <= last; ++day) count += isWorkingDay(Date{year, month, day}, *holidays) ? 1 : 0;
    return count;
}

std::vector<Issue> checkPaceRequest(const PaceRequest& request) {
    std::vector<Issue> errors;
    Checker check(errors);
    const auto month = parseMonth(request.month);
    if (!month) check.fail("month", Code::bad_month);
    const auto asOf = parseDate(request.asOf);
    if (!asOf || (month && (asOf->year * 12 + asOf->month - 1) != *month)) check.fail("asOf", Code::bad_date);
    checkStages(request.stages, check);
    checkCounts(request.targets, "targets", request.stages.size(), check);
    checkCounts(request.actual, "actual", request.stages.size(), check);
    if (!holidaysIn(request.holidays, 2000, 1)) check.fail("holidays", Code::unknown_region);
    return errors;
}

PaceResult pace(const PaceRequest& request) {
    PaceResult result;
    result.errors = checkPaceRequest(request);
    if (!result.errors.empty()) return result;
    const Date asOf = *parseDate(request.asOf);
    const std::vector<Date> holidays = *holidaysIn(request.holidays, asOf.year, asOf.month);
    for (const Date& holiday : holidays)
        if (weekday(holiday) < 5) result.holidays.push_back(dateText(holiday));
    result.total = *workingDays(request.holidays, asOf.year, asOf.month);
    result.elapsed = *workingDays(request.holidays, asOf.year, asOf.month, asOf.day);
    result.remaining = result.total - result.elapsed;
    result.ok = true;
    const double elapsed = result.elapsed;
    const double total = result.total;
    for (std::size_t s = 0; s < request.stages.size(); ++s) {
        StagePace stage;
        stage.name = request.stages[s];
        stage.target = request.targets[s];
        stage.actual = request.actual[s];
        stage.expected = stage.target * elapsed / total;
        stage.delta = stage.actual - stage.expected;
        if (result.elapsed > 0) {
            stage.projected = stage.actual * total / elapsed;
            // Whole numbers: actual x total >= target x elapsed, exactly, not through the rounded projection.
            stage.onTrack = stage.actual * total >= stage.target * elapsed;
        }
        if (result.remaining > 0) stage.neededPerDay = std::max(0.0, stage.target - stage.actual) / result.remaining;
        result.stages.push_back(std::move(stage));
    }
    return result;
}

}  // namespace funnel
