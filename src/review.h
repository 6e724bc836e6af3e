// The KPI review (issue 17): monthly actuals against the plan, and an early
// warning that tests whether a conversion rate really changed (Fisher's exact
// test, Newcombe's interval: rate_change.h) and names the team that should act.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "funnel.h"
#include "issue.h"

namespace funnel {

enum class Team { marketing, sales, shared };
enum class RateStatus { insufficient, not_comparable, drop, rise, stable };

struct ReviewMonth {
    std::string month;           // "YYYY-MM"
    std::vector<double> counts;  // whole, one per stage, top first
};

struct ReviewRequest {
    std::vector<std::string> stages = defaultStages();
    std::vector<ReviewMonth> months;         // strictly increasing, gaps allowed, 1 to 60
    std::vector<double> lagMonths;           // per conversion, whole 0 to 6; empty: none
    std::vector<ConversionInput> baseline;   // counts per conversion; empty: the earlier months
    std::vector<ConversionInput> reference;  // the plan's conversions (counts or a rate), drawn as a line; may be empty
    double alpha = 0.05;                     // 0.01, 0.05 or 0.10
    std::vector<double> targetPerMonth;      // one per stage, every month; or
    std::vector<ReviewMonth> targets;        // per month (a schedule's)
    std::vector<std::string> owners;         // per conversion: "marketing", "sales", "shared"; empty: the default
    Locale locale = Locale::en;
};

struct RateMonth {
    std::string month;
    std::optional<double> k;
    std::optional<double> n;
    std::optional<double> rate;
    std::optional<double> low;  // the rate's 95 % Wilson interval (none when k > n: a lag mismatch)
    std::optional<double> high;
};

struct RateWindow {
    int length = 1;  // the latest 1 or 3 months with a rate
    std::optional<double> k, n, rate, baselineK, baselineN, baselineRate, difference, low, high, pValue;
    RateStatus status = RateStatus::insufficient;
};

struct ReviewConversion {
    std::string from;
    std::string to;
    Team owner = Team::shared;
    std::optional<double> reference;  // the plan's rate, when a reference was given
    std::vector<RateMonth> months;
    std::vector<RateWindow> windows;  // length 1, then 3
};

struct VolumeMonth {
    std::string month;
    double actual = 0;
    std::optional<double> target;
    std::optional<double> gap;  // actual / target - 1
};

struct ReviewVolume {
    std::string name;
    std::vector<VolumeMonth> months;
};

struct Finding {
    std::string kind;      // "drop", "rise", "fewer_but_better", "below_target"
    std::string severity;  // "high" or "medium"
    Team team = Team::shared;
    std::optional<int> conversion;
    std::optional<int> stage;
    std::string message;              // the numbers, in the request's language
    std::vector<std::string> advice;  // the usual causes and first steps for the team
};

struct ReviewResult {
    bool ok = false;
    std::vector<ReviewConversion> conversions;
    std::vector<ReviewVolume> volumes;
    std::vector<Finding> findings;
    std::vector<Issue> errors;
};

ReviewResult review(const ReviewRequest& request);

const char* teamName(Team team);
const char* statusName(RateStatus status);

}  // namespace funnel
