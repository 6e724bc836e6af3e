#include "scoring.h"

#include <cmath>

#include "field_path.h"
#include "request_check.h"

namespace funnel {
namespace {

constexpr std::size_t kMostCriteria = 50;
constexpr double kMostPoints = 100;

bool isWhole(double value) { return std::isfinite(value) && std::floor(value) == value && std::fabs(value) <= 1e6; }

std::vector<Issue> checkScore(const ScoreRequest& request) {
    std::vector<Issue> errors;
    Checker check(errors);
    if (request.criteria.empty() || request.criteria.size() > kMostCriteria) check.fail("criteria", Code::list_length);
    for (std::size_t i = 0; i < request.criteria.size(); ++i) {
        const Criterion& criterion = request.criteria[i];
        const std::string path = indexed("criteria", i);
        if (criterion.name.empty()) check.fail(member(path, "name"), Code::missing);
        if (std::isnan(criterion.points))
            check.fail(member(path, "points"), Code::missing);
        else if (!isWhole(criterion.points))
            check.fail(member(path, "points"), Code::not_whole);
        else if (std::fabs(criterion.points) > kMostPoints)
            check.fail(member(path, "points"), Code::points_range);
    }
    // An empty field is missing; anything else not whole is said as such.
    const auto whole = [&check](double value, const char* field) {
        return isWhole(value) || check.fail(field, std::isnan(value) ? Code::missing : Code::not_whole);
    };
    const bool mql = whole(request.mqlScore, "thresholds.mql");
    if (whole(request.sqlScore, "thresholds.sql") && mql && request.sqlScore < request.mqlScore)
        check.fail("thresholds.sql", Code::sql_below_mql);
    if (request.sqlMinFit) whole(*request.sqlMinFit, "thresholds.sqlMinFit");
    return errors;
}

struct Parts {
    double fit = 0;
    double behaviour = 0;
};

// The parts of the criteria met, leaving out the one at `skip` (none: every one counts).
Parts partsOf(const std::vector<Criterion>& criteria, std::size_t skip) {
    Parts parts;
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        if (!criteria[i].met || i == skip) continue;
        (criteria[i].group == CriterionGroup::fit ? parts.fit : parts.behaviour) += criteria[i].points;
    }
    return parts;
}

LeadStage stageOf(const ScoreRequest& request, const Parts& parts) {
    const double total = parts.fit + parts.behaviour;
    if (total >= request.sqlScore && (!request.sqlMinFit || parts.fit >= *request.sqlMinFit)) return LeadStage::sql;
    return total >= request.mqlScore ? LeadStage::mql : LeadStage::none;
}

}  // namespace

const char* stageName(LeadStage stage) {
    return stage == LeadStage::sql ? "sql" : stage == LeadStage::mql ? "mql" : "none";
}

ScoreResult score(const ScoreRequest& request) {
    ScoreResult result;
    result.errors = checkScore(request);
    if (!result.errors.empty()) return result;
    const Parts parts = partsOf(request.criteria, request.criteria.size());
    result.fit = parts.fit;
    result.behaviour = parts.behaviour;
    result.total = parts.fit + parts.behaviour;
    result.stage = stageOf(request, parts);
    for (std::size_t i = 0; i < request.criteria.size(); ++i)
        if (request.criteria[i].met && stageOf(request, partsOf(request.criteria, i)) != result.stage)
            result.decisive.push_back(i);
    result.ok = true;
    return result;
}

ScoreRequest scoringDefaults(Locale locale) {
    const bool de = locale == Locale::de;
    using G = CriterionGroup;
    ScoreRequest defaults;
    defaults.locale = locale;
    defaults.criteria = {
        {de ? "Branche passt zum Zielmarkt" : "Industry matches the target market", G::fit, 15, false},
        {de ? "Unternehmensgröße passt (z. B. 50–500 Mitarbeitende)" : "Company size fits (e.g. 50–500 employees)",
         G::fit, 15, false},
        {de ? "Entscheider oder Budgetverantwortliche" : "Decision maker or budget holder", G::fit, 20, false},
        {de ? "Region im Vertriebsgebiet" : "Region within the sales territory", G::fit, 10, false},
        {de ? "Budget bekannt" : "Budget known", G::fit, 10, false},
        {de ? "Student oder Privatperson" : "Student or private person", G::fit, -50, false},
        {de ? "Wettbewerber" : "Competitor", G::fit, -100, false},
        {de ? "Preisseite besucht" : "Visited the pricing page", G::behaviour, 20, false},
        {de ? "Broschüre oder Whitepaper heruntergeladen" : "Downloaded a brochure or whitepaper", G::behaviour, 10,
         false},
        {de ? "Demo angefragt" : "Requested a demo", G::behaviour, 30, false},
        {de ? "Webinar besucht" : "Attended a webinar", G::behaviour, 10, false},
        {de ? "3+ Besuche in 30 Tagen" : "3+ visits in 30 days", G::behaviour, 10, false},
        {de ? "Newsletter geöffnet" : "Opened the newsletter", G::behaviour, 5, false},
    };
    defaults.mqlScore = 40;
    defaults.sqlScore = 70;
    defaults.sqlMinFit = 30;
    return defaults;
}

}  // namespace funnel
