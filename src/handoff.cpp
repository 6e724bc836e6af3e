#include "handoff.h"

#include <cctype>
#include <cmath>
#include <string_view>

#include "calendar.h"
#include "field_path.h"
#include "format_number.h"
#include "message_pattern.h"
#include "plan.h"  // isWholeCount
#include "request_check.h"

namespace funnel {
namespace {

constexpr double kMostPeriodMonths = 36;
// A schedule's months: its 36 and the lead-in of up to seven lags of three years each.
constexpr std::size_t kMostScheduleMonths = 36 + 7 * 36;

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

bool names(const std::string& stage, std::string_view word) {
    for (std::size_t i = 0; i + word.size() <= stage.size(); ++i) {
        std::size_t k = 0;
        while (k < word.size() && std::toupper(static_cast<unsigned char>(stage[i + k])) == word[k]) ++k;
        if (k == word.size()) return true;
    }
    return false;
}

// The stage sales takes (the last above the bottom named SQL, else the one above the bottom) and the stage
// marketing hands over first (the first above it named MQL, else the top).
void stagesOf(const std::vector<std::string>& stages, std::size_t& top, std::size_t& handoff) {
    handoff = stages.size() - 2;
    for (std::size_t s = stages.size() - 1; s-- > 0;)
        if (names(stages[s], "SQL")) {
            handoff = s;
            break;
        }
    top = 0;
    for (std::size_t s = 0; s <= handoff; ++s)
        if (names(stages[s], "MQL")) {
            top = s;
            break;
        }
}

Commitment commitment(std::string month, std::uint64_t top, std::uint64_t handoff) {
    return Commitment{std::move(month), top, handoff, weekly(top), weekly(handoff)};
}

// The commitments, or errors at commitments.* when they cannot be read.
std::vector<Commitment> commitmentsOf(const CommitmentsRequest& request, HandoffResult& result) {
    std::vector<Issue>& errors = result.errors;
    const std::size_t before = errors.size();
    Checker check(errors);
    const std::size_t stageCount = request.stages.size();
    if (stageCount < 2 || stageCount > 8) {
        check.fail("commitments.stages", Code::stage_count);
        return {};
    }
    stagesOf(request.stages, result.topStage, result.handoffStage);
    const std::size_t top = result.topStage, handoff = result.handoffStage;
    if (request.months.empty()) {
        if (request.required.size() != stageCount || !isWholeCount(request.required[top]) ||
            !isWholeCount(request.required[handoff])) {
            check.fail("commitments.required", Code::missing);
            return {};
        }
        if (!wholeIn(request.periodMonths, 1, kMostPeriodMonths)) {
            check.fail("commitments.periodMonths", Code::horizon_range);
            return {};
        }
        // The plan's month: its period's requirement spread over the months, rounded up exactly.
        const auto months = static_cast<std::uint64_t>(request.periodMonths);
        const auto perMonth = [months](double required) {
            return (static_cast<std::uint64_t>(required) + months - 1) / months;
        };
        return {commitment("", perMonth(request.required[top]), perMonth(request.required[handoff]))};
    }
    const std::size_t monthCount = request.months.size();
    const auto counts = [&](std::size_t stage) {
        return stage < request.perMonth.size() && request.perMonth[stage].size() == monthCount;
    };
    if (monthCount > kMostScheduleMonths || !counts(top) || !counts(handoff)) {
        check.fail("commitments.months", Code::list_length);
        return {};
    }
    for (std::size_t i = 0; i < monthCount; ++i) {
        if (!parseMonth(request.months[i])) check.fail(indexed("commitments.months", i), Code::bad_month);
        for (std::size_t stage : {top, handoff})
            if (!isWholeCount(request.perMonth[stage][i]))
                check.fail(indexed(indexed("commitments.perMonth", stage), i), Code::not_whole);
    }
    if (errors.size() > before) return {};
    std::vector<Commitment> out;
    for (std::size_t i = 0; i < monthCount; ++i)
        out.push_back(commitment(request.months[i], static_cast<std::uint64_t>(request.perMonth[top][i]),
                                 static_cast<std::uint64_t>(request.perMonth[handoff][i])));
    return out;
}

// A part's errors under its own name (capacity's "team" is the page's "capacity.team").
void addUnder(std::vector<Issue>& errors, const std::vector<Issue>& part, const char* name) {
    for (Issue issue : part) {
        if (name) issue.field = member(name, issue.field.c_str());
        errors.push_back(std::move(issue));
    }
}

// A threshold above what every criterion that adds points brings together is reached by nobody.
std::vector<SlipHint> slipsOf(const HandoffRequest& request) {
    std::vector<SlipHint> hints;
    double most = 0;
    double mostFit = 0;
    for (const Criterion& criterion : request.scoring.criteria) {
        if (criterion.points <= 0) continue;
        most += criterion.points;
        if (criterion.group == CriterionGroup::fit) mostFit += criterion.points;
    }
    const auto unreachable = [&hints](const char* field, double threshold, double reachable) {
        if (threshold > reachable) hints.push_back(SlipHint{field, Slip::threshold_unreachable, {reachable}, {}});
    };
    const ScoreRequest& scoring = request.scoring;
    unreachable("thresholds.mql", scoring.mqlScore, most);
    if (scoring.sqlScore > scoring.mqlScore || scoring.mqlScore <= most)
        unreachable("thresholds.sql", scoring.sqlScore, most);
    if (scoring.sqlMinFit) unreachable("thresholds.sqlMinFit", *scoring.sqlMinFit, mostFit);
    const ServiceLevels& levels = request.levels;
    if (levels.demoResponseHours > levels.responseHours)
        hints.push_back(SlipHint{"levels.demoResponseHours",
                                 Slip::demo_slower,
                                 {levels.demoResponseHours, levels.responseHours},
                                 levels.responseHours});
    return hints;
}

constexpr Pattern kSlipSentences[] = {
    // threshold_unreachable: {0} the most points a lead can reach
    {"Mit diesen Kriterien erreicht kein Lead mehr als {0} Punkte: Diese Schwelle erreicht niemand.",
     "With these criteria no lead can score more than {0} points: nobody reaches this threshold."},
    // demo_slower: {0} the demo's hours, {1} every other lead's
    {"Eine Demo-Anfrage ist dringender als andere Leads, hier aber langsamer zu beantworten ({0} statt {1} Stunden). "
     "Vertauscht?",
     "A demo request is more urgent than other leads but gets a slower response here ({0} instead of {1} hours). "
     "Swapped?"},
};

}  // namespace

const char* slipName(Slip slip) { return slip == Slip::demo_slower ? "demo_slower" : "threshold_unreachable"; }

std::string slipMessage(const SlipHint& hint, Locale locale) {
    const auto figure = [&](std::size_t i) {
        return i < hint.figures.size() ? formatNumber(hint.figures[i], locale, NumberStyle::exact) : std::string();
    };
    return fill(kSlipSentences[static_cast<int>(hint.slip)].in(locale), {figure(0), figure(1)});
}

HandoffResult handoff(const HandoffRequest& request) {
    HandoffResult result;
    Checker check(result.errors);
    checkLevels(request.levels, check);
    result.commitments = commitmentsOf(request.commitments, result);
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
    if (result.ok) result.hints = slipsOf(request);
    return result;
}

}  // namespace funnel
