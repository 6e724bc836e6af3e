// The goal keeps its meaning when its period changes: 900.000 € a quarter are
// 300.000 € a month, 44 customers a quarter 14,67 a month. A goal that does
// not divide evenly is rounded up to what still reaches it (15 customers a
// month, a revenue to the cent), and the hint says so and offers the number
// as it was typed, for a person who meant it for the new period.
#pragma once

#include <optional>
#include <string>

#include "hint.h"

namespace funnel {

struct GoalConversion {
    bool ok = false;     // false: the value is no goal, or too large to convert exactly
    double value = 0;    // in the new period: whole customers, or money to the cent, rounded up
    bool exact = false;  // the old goal converts without rounding
    Hint hint;           // field: the goal's; figures: { old, old months, exact new, new, new months }
};

// field: "goal.customers" or a forecast's "volume.count" (whole), or
// "goal.revenue" (to the cent). The months
// are the periods' lengths (1, 3, 12, or any from 1 to 36).
GoalConversion convertGoal(const std::string& field, double value, double fromMonths, double toMonths);

}  // namespace funnel
