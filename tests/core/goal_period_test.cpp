// The goal keeps its meaning when its period changes (goal_period.h).
#include "goal_period.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

TEST(GoalPeriod, ConvertsExactlyWhereItDivides) {
    const struct {
        const char* field;
        double value, from, to, converted;
        bool exact;
    } rows[] = {
        {"goal.revenue", 900000, 3, 1, 300000, true},
        {"goal.revenue", 300000, 1, 12, 3600000, true},
        {"goal.revenue", 1000000, 3, 1, 333333.34, false},  // to the cent, rounded up
        {"goal.revenue", 0.07, 1, 3, 0.21, true},
        {"goal.revenue", 0.001, 3, 1, 0.01, false},
        {"goal.customers", 44, 3, 1, 15, false},  // 14,67 a month: 15 still reach 44 a quarter
        {"goal.customers", 45, 3, 1, 15, true},
        {"goal.customers", 50, 1, 3, 150, true},
        {"goal.customers", 50, 1, 12, 600, true},
        {"goal.customers", 600, 12, 3, 150, true},
        {"goal.customers", 1, 12, 1, 1, false},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(std::string(row.field) + " " + std::to_string(row.value));
        const GoalConversion conversion = convertGoal(row.field, row.value, row.from, row.to);
        ASSERT_TRUE(conversion.ok);
        EXPECT_EQ(conversion.value, row.converted);
        EXPECT_EQ(conversion.exact, row.exact);
        EXPECT_EQ(conversion.hint.field, row.field);
        ASSERT_EQ(conversion.hint.apply.size(), 1u);
        EXPECT_EQ(conversion.hint.apply[0].value, row.value);  // "did you mean it for the new period?"
    }
}

TEST(GoalPeriod, SaysWhatItDidInWords) {
    EXPECT_EQ(hintMessage(convertGoal("goal.customers", 44, 3, 1).hint, Locale::de),
              "Ziel umgerechnet: 44 pro Quartal sind 14,67 pro Monat, aufgerundet auf 15. Meinten Sie 44 pro Monat?");
    EXPECT_EQ(hintMessage(convertGoal("goal.revenue", 900000, 3, 1).hint, Locale::de),
              "Ziel umgerechnet: 900.000 pro Quartal sind 300.000 pro Monat. Meinten Sie 900.000 pro Monat?");
    EXPECT_EQ(hintMessage(convertGoal("goal.customers", 50, 1, 12).hint, Locale::en),
              "Goal converted: 50 per month is 600 per year. Did you mean 50 per year?");
    EXPECT_EQ(hintMessage(convertGoal("volume.count", 300, 1, 3).hint, Locale::de),
              "Umgerechnet: 300 pro Monat sind 900 pro Quartal. Meinten Sie 300 pro Quartal?");
}

TEST(GoalPeriod, RefusesWhatIsNoGoal) {
    EXPECT_FALSE(convertGoal("goal.customers", 0, 3, 1).ok);
    EXPECT_FALSE(convertGoal("goal.customers", -5, 3, 1).ok);
    EXPECT_FALSE(convertGoal("goal.customers", 5, 0, 1).ok);
    EXPECT_FALSE(convertGoal("goal.customers", 5, 3, 37).ok);
    EXPECT_FALSE(convertGoal("goal.customers", 9007199254740991.0, 1, 12).ok);  // beyond 2^53 - 1
}

}  // namespace
}  // namespace funnel
