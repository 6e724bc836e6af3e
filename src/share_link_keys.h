// The share link's keys (share_link.cpp reads and writes them): a line per
// key, with the state's field and what it holds, in the order they are
// written. A view's slice of the link is its lines here; every link written
// before keeps opening (tests/node/fixtures/fp1-links.json).
#pragma once

#include <string_view>

#include "link_text.h"

namespace funnel::link {

// What the page offers to choose; a link may hold anything else.
inline constexpr double kPeriodChoices[] = {1, 3, 12};
inline constexpr double kConfidenceChoices[] = {0.8, 0.9, 0.95};

enum class Holds {
    oneOfTexts,
    oneOfNumbers,
    field,
    percentField,
    fieldList,
    fieldTable,
    names,
    month,
    date,
    region,
    goal,
    funnel,
    volume,
    imported,
    criteria,
    leftOut
};

inline constexpr const char* kViews[] = {"plan", "forecast", "schedule", "import", "review", "channels", "handoff"};
inline constexpr const char* kCommitmentSources[] = {"plan", "schedule"};
inline constexpr double kHorizonChoices[] = {3, 6, 12, 24, 36};
inline constexpr const char* kSeasonalities[] = {"flat", "de-b2b", "custom"};
inline constexpr const char* kLanguages[] = {"de", "en"};
inline constexpr double kAlphaChoices[] = {0.01, 0.05, 0.1};
inline constexpr const char* kTargetSources[] = {"plan", "schedule", "none"};
inline constexpr const char* kBaselines[] = {"earlier", "plan"};

struct LinkKey {
    std::string_view key;
    const char* field;
    Holds holds;
    Choices choices{};
};

inline constexpr LinkKey kKeys[] = {
    {"v", "view", Holds::oneOfTexts, choices(kViews)},
    {"l", "lang", Holds::oneOfTexts, choices(kLanguages)},
    {"gk", "goal", Holds::goal},
    {"g", "goal", Holds::goal},
    {"rv", "goal", Holds::goal},
    {"dv", "goal", Holds::goal},
    {"p", "periodMonths", Holds::oneOfNumbers, choices(kPeriodChoices)},
    {"s", "stages", Holds::funnel},
    {"c", "conversions", Holds::funnel},
    {"h", "historyMonths", Holds::field},
    {"cf", "confidence", Holds::oneOfNumbers, choices(kConfidenceChoices)},
    {"vol", "volume", Holds::volume},
    {"fdv", "dealValue", Holds::field},  // the forecast's deal value (issue 14)
    // The schedule (issue 15): its start, horizon, season, growth and lags; the pacing's day and counts so far.
    {"ss", "scheduleStart", Holds::month},
    {"sm", "scheduleMonths", Holds::oneOfNumbers, choices(kHorizonChoices)},
    {"sk", "seasonality", Holds::oneOfTexts, choices(kSeasonalities)},
    {"sw", "weights", Holds::fieldList},
    {"sg", "growth", Holds::percentField},
    {"sl", "lagDays", Holds::fieldList},
    {"hd", "holidays", Holds::region},
    {"pd", "paceAsOf", Holds::date},
    {"pa", "paceActual", Holds::fieldList},
    // The KPI review (issue 17): its months, their counts (a row per month from rf), the test's strictness, where
    // targets and the baseline come from, the months between stages.
    {"rf", "reviewFrom", Holds::month},
    {"re", "reviewTo", Holds::month},
    {"rc", "reviewCounts", Holds::fieldTable},
    {"ra", "reviewAlpha", Holds::oneOfNumbers, choices(kAlphaChoices)},
    {"rg", "reviewTargets", Holds::oneOfTexts, choices(kTargetSources)},
    {"rb", "reviewBaseline", Holds::oneOfTexts, choices(kBaselines)},
    {"rl", "reviewLags", Holds::fieldList},
    // Channels and budget (issue 18): the channels' names, a row of fields per channel, the budget.
    {"kn", "channelNames", Holds::names},
    {"km", "channelModes", Holds::names},  // per channel "counts" or "rate"
    {"kc", "channelFields", Holds::fieldTable},
    {"kb", "budget", Holds::field},
    // The hand-off and its SLA (issue 19): the criteria; the thresholds (MQL, SQL, SQL's minimum fit); the
    // capacity (SQLs per person, hours per SQL, team); the service levels (response hours, a demo's, attempts,
    // their working days, feedback days, term in months); the parties (company, marketing's and sales' heads);
    // the start day; where the commitments come from.
    {"qv", "handoffCriteria", Holds::criteria},
    {"qt", "handoffThresholds", Holds::fieldList},
    {"qk", "handoffCapacity", Holds::fieldList},
    {"ql", "handoffLevels", Holds::fieldList},
    {"qp", "handoffParties", Holds::names},
    {"qd", "handoffStart", Holds::date},
    {"qs", "handoffSource", Holds::oneOfTexts, choices(kCommitmentSources)},
    // Criteria too long for the link are left out, and this says so: who opens it sees the suggestion, told.
    {"qx", "handoffCriteria", Holds::leftOut},
    // What an import counted (issue 16), last: it takes the room the rest leaves (share_link_import.h).
    {"im", "imported", Holds::imported},
    {"ic", "imported", Holds::imported},
    {"ik", "imported", Holds::imported},
    {"it", "imported", Holds::imported},
};

}  // namespace funnel::link
