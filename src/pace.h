// Month-to-date pacing: "are we on track this month?", asked on a Wednesday,
// in German working days (Monday to Friday without public holidays).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar.h"
#include "funnel.h"
#include "issue.h"

namespace funnel {

struct PaceRequest {
    std::string month;  // "YYYY-MM"
    std::string asOf;   // "YYYY-MM-DD", a day of `month`
    std::vector<std::string> stages = defaultStages();
    std::vector<double> targets;  // whole, one per stage: the month's target
    std::vector<double> actual;   // whole, one per stage: so far this month
    std::string holidays = "de";  // "de", "de-XX" (a state), or "none"
};

struct StagePace {
    std::string name;
    double target = 0;
    double actual = 0;
    double expected = 0;                 // target x elapsed / total
    double delta = 0;                    // actual - expected
    std::optional<double> projected;     // actual x total / elapsed; none before the first working day
    std::optional<double> neededPerDay;  // max(0, target - actual) / remaining; none on the last
    std::optional<bool> onTrack;         // projected >= target
};

struct PaceResult {
    bool ok = false;
    int elapsed = 0;  // working days from the 1st to asOf, inclusive
    int total = 0;    // working days in the month
    int remaining = 0;
    std::vector<std::string> holidays;  // the holidays that fall on working days of the month
    std::vector<StagePace> stages;
    std::vector<Issue> errors;
};

PaceResult pace(const PaceRequest& request);
std::vector<Issue> checkPaceRequest(const PaceRequest& request);

// The working days of a month in a region ("de", "de-XX", "none"), the first
// `upToDay` days of it (all when 0); nothing for a region it does not know.
std::optional<int> workingDays(std::string_view region, int year, int month, int upToDay = 0);

}  // namespace funnel
