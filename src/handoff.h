// The hand-off between marketing and sales (issue 19) in one answer: the
// lead check's score (scoring.h), marketing's commitments per month and per
// week, the sales capacity they need (capacity.h), and the SLA's service
// levels, checked. The SLA's words are the page's; its figures are these.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "capacity.h"
#include "issue.h"
#include "scoring.h"

namespace funnel {

// What marketing commits to: the leads at the stage it hands over first (MQLs) and at the stage sales takes
// (SQLs), either the plan's, required over its period, or the schedule's month by month. Which stages those
// are is read from the names: the top stage named "MQL" (else the funnel's top), and the last stage above the
// bottom named "SQL" (else the one just above the bottom); a name holds the word in any case ("SQLs", "sql").
struct CommitmentsRequest {
    std::vector<std::string> stages;            // 2 to 8, top first
    std::vector<double> required;               // the plan's, per stage, over periodMonths
    double periodMonths = 1;                    // whole, 1 to 36
    std::vector<std::string> months;            // the schedule's ("YYYY-MM"), with:
    std::vector<std::vector<double>> perMonth;  // per stage, a whole count per month
};

struct Commitment {
    std::string month;                               // "" for the plan's average month
    std::uint64_t top = 0, handoff = 0;              // a month's, whole (the plan's rounded up exactly)
    std::uint64_t topWeekly = 0, handoffWeekly = 0;  // ceil(month x 12 / 52): a week's, rounded up
};

// The SLA's service levels: sales' first contact (hours; a demo request's, sooner), the follow-up attempts and
// the working days they take, the feedback on every lead (working days), and the agreement's term (months).
struct ServiceLevels {
    double responseHours = 24, demoResponseHours = 4;
    double attempts = 5, attemptDays = 10;
    double feedbackDays = 5;
    double termMonths = 12;
};

// A likely slip, said next to its field (the page shows it as a hint): a threshold no lead can reach with these
// criteria (figures: the most points it can reach), a demo request answered more slowly than any lead (figures:
// the demo's hours and every lead's; the fix: the demo's as every lead's). Its own sentences, in the hand-off's
// module: the page's first load does not carry them.
enum class Slip { threshold_unreachable, demo_slower };

struct SlipHint {
    std::string field;
    Slip slip = Slip::threshold_unreachable;
    std::vector<double> figures;
    std::optional<double> fix;  // the value to put into the field, if one
};

const char* slipName(Slip slip);
std::string slipMessage(const SlipHint& hint, Locale locale);

struct HandoffRequest {
    ScoreRequest scoring;
    CommitmentsRequest commitments;
    CapacityRequest capacity;  // its sqlsPerMonth are the commitments' hand-off counts
    ServiceLevels levels;
    Locale locale = Locale::en;
};

struct HandoffResult {
    bool ok = false;
    ScoreResult score;
    std::size_t topStage = 0, handoffStage = 0;  // the stages of the commitments (MQL, SQL)
    std::vector<Commitment> commitments;
    CapacityResult capacity;
    std::vector<Issue> errors;  // every part's, at its path (criteria[2].points, capacity.team, levels.attempts)
    // Likely slips: a threshold no lead can reach with these criteria (at thresholds.mql, .sql, .sqlMinFit), a
    // demo request answered more slowly than other leads (at levels.demoResponseHours).
    std::vector<SlipHint> hints;
};

HandoffResult handoff(const HandoffRequest& request);

}  // namespace funnel
