// Hints: a value that is almost certainly a slip ("0,31" in a percent field,
// a revenue below one deal) or that was read in a way worth saying ("2,5 Mio"
// read as 2.500.000). A hint never blocks the plan; it says what it noticed
// next to the field and, where one value is the likely intent, offers it to
// apply with one click.
#pragma once

#include <string>
#include <vector>

#include "issue.h"

namespace funnel {

enum class HintCode {
    read_as,                   // typed: the text; figures: { value }
    read_as_months,            // typed: the text; figures: { months }
    percent_as_fraction,       // figures: { percent typed x 100 }
    revenue_below_deal_value,  // apply: the two values swapped
    goal_far_above_history,    // figures: { ratio, history per period, period months }, apply: maybe a deal value
    goal_far_below_history,    // figures: { share, history per period, period months }, apply: maybe a revenue
    history_in_weeks,          // figures: { weeks, months }
    history_in_days,           // figures: { days, months }
    history_long,              // figures: { months }
    goal_converted,            // figures: { old, old months, exact new, new, new months }, apply: the old value
};

// A value to put into a field when the person applies the hint.
struct Suggestion {
    std::string field;
    double value = 0;
};

struct Hint {
    std::string field;  // where the hint shows
    HintCode code = HintCode::read_as;
    std::string typed;
    std::vector<double> figures;
    std::vector<Suggestion> apply;
};

// The stable identifier, e.g. "percent_as_fraction".
const char* hintCodeName(HintCode code);
// One or two sentences in the page's language, with the hint's figures.
std::string hintMessage(const Hint& hint, Locale locale);

}  // namespace funnel
