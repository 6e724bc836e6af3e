// Lead scoring for the hand-off between marketing and sales (issue 19): a
// list of criteria in two groups, fit (who the lead is) and behaviour (what
// it did), each with whole points from -100 to 100 (negative for
// disqualifiers), and the thresholds of the hand-off: an MQL score, and an
// SQL rule (a score and, optionally, a minimum fit score, so that a very
// active but unfit lead does not reach sales). A score reaching a threshold
// exactly qualifies.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "issue.h"

namespace funnel {

enum class CriterionGroup { fit, behaviour };
enum class LeadStage { none, mql, sql };

struct Criterion {
    std::string name;
    CriterionGroup group = CriterionGroup::fit;
    double points = 0;  // whole, -100 to 100
    bool met = false;   // the lead is or did this
};

struct ScoreRequest {
    std::vector<Criterion> criteria;  // 1 to 50
    double mqlScore = 0;              // whole
    double sqlScore = 0;              // whole, at least the MQL score
    std::optional<double> sqlMinFit;  // whole
    Locale locale = Locale::en;
};

struct ScoreResult {
    bool ok = false;
    double total = 0;
    double fit = 0;
    double behaviour = 0;
    LeadStage stage = LeadStage::none;
    // The criteria met without which the lead would qualify for another stage (by index, in input order).
    std::vector<std::size_t> decisive;
    std::vector<Issue> errors;
};

ScoreResult score(const ScoreRequest& request);

// A B2B team's usual criteria in the request's language, with points and thresholds to start from.
ScoreRequest scoringDefaults(Locale locale);

const char* stageName(LeadStage stage);

}  // namespace funnel
