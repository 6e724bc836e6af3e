// The reverse funnel: from a customer goal and historical conversion rates
// to the whole leads every stage needs, rounded up exactly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "conversion_path.h"
#include "funnel.h"
#include "hint.h"
#include "issue.h"

namespace funnel {

// 2^53 - 1: the largest whole number a JavaScript number holds exactly.
constexpr std::uint64_t kMaxWhole = (std::uint64_t{1} << 53) - 1;

// A count of leads: whole, 0 or more, at most kMaxWhole (NaN and Infinity are none).
inline bool isWholeCount(double value) {
    return value >= 0 && value <= static_cast<double>(kMaxWhole) &&
           value == static_cast<double>(static_cast<std::uint64_t>(value));
}

struct Goal {
    bool byRevenue = false;
    double customers = 0;  // when !byRevenue
    double revenue = 0;    // when byRevenue: customers = ceil(revenue / dealValue)
    double dealValue = 0;
};

struct PlanRequest {
    Goal goal;
    std::vector<std::string> stages = defaultStages();  // top first
    std::vector<ConversionInput> conversions;           // one per adjacent pair, top first
    std::optional<double> historyMonths;                // the months the counts cover
    double periodMonths = 1;                            // the goal's period
    std::optional<double> confidence;                   // 0.5 <= c < 1: also plan for P(goal) >= c
    // The period's first month ("YYYY-MM"): per working day then counts the
    // real working days of the period in `holidays`' region (pace.h), not 250 a year.
    std::optional<std::string> start;
    std::string holidays = "de";
};

// The working days a plan's per-day figures count, when it has a start month.
struct PlanWorkingDays {
    int count = 0;
    std::string region;
    std::string from;                   // the period's first month, "YYYY-MM"
    std::string to;                     // and its last
    std::vector<std::string> holidays;  // those on working days of the period
};

struct StagePlan {
    std::string name;
    std::uint64_t required = 0;
    // What the stage needs before rounding up to whole leads (the stage
    // below's requirement over the rate; the revenue over the deal value at
    // the bottom), for the page's "48,6 -> 49": nothing where nothing was rounded
    // from (a customer goal; a confidence level's stages).
    std::optional<double> unrounded;
    std::optional<double> historicalCount;  // the count the history gives for this stage
    std::optional<double> historicalPerPeriod;
    std::optional<double> gap;            // required / historicalPerPeriod - 1
    std::optional<double> perMonth;       // required spread over the period's months
    std::optional<double> perWeek;        // required spread over the period's weeks (52 a year)
    std::optional<double> perWorkingDay;  // and over its working days (250 a year)
};

// What improving one conversion by 10 % (relatively, at most to 100 %) saves at the top.
struct Improvement {
    std::size_t conversion = 0;
    std::string from;
    std::string to;
    double improvedRate = 0;        // the rate 10 % better, at most 1
    std::uint64_t topRequired = 0;  // the top stage's requirement with that improvement
    std::uint64_t saves = 0;        // fewer top-stage leads than the plan needs now
};

struct ConversionPlan {
    std::string from;
    std::string to;
    double rate = 0;
    double low = 0;  // 95 % Jeffreys interval; equal to rate for a given rate
    double high = 0;
};

struct ConfidencePlan {
    double level = 0;
    double probabilityAtPlan = 0;  // P(goal) with the point plan's top-stage requirement
    // required: the fewest leads that reach the goal with the chosen
    // probability; the figures from it (per month, week and working day, the
    // gap to the history) as for the point plan, so every figure shown at a
    // level belongs to that level.
    std::vector<StagePlan> stages;
};

struct PlanResult {
    bool ok = false;
    std::uint64_t customers = 0;
    std::vector<StagePlan> stages;
    std::vector<ConversionPlan> conversions;
    double overallRate = 0;
    std::vector<Issue> warnings;
    std::vector<Issue> errors;  // when !ok: one per problem, nothing else is set
    std::optional<ConfidencePlan> confidence;
    std::vector<Improvement> sensitivity;  // ranked, the largest saving first
    std::vector<Hint> hints;               // likely slips in the input (plausibility.h)
    std::optional<PlanWorkingDays> workingDays;
};

PlanResult plan(const PlanRequest& request);

// The value checks plan() runs first, one Issue per problem.
std::vector<Issue> checkPlanRequest(const PlanRequest& request);

// One conversion as a rate on a ConversionPath.
PathRate pathRate(const ConversionInput& conversion);

}  // namespace funnel
