// Sales capacity (capacity.h): whole people rounded up exactly, the busiest
// month of a schedule, the load per working day and in hours, and by how
// many people a team is short.
#include "capacity.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

CapacityRequest sqls(std::vector<double> months) {
    CapacityRequest request;
    request.sqlsPerMonth = std::move(months);
    return request;
}

TEST(Capacity, WholePeopleRoundedUpExactly) {
    EXPECT_EQ(capacity(sqls({80})).people, 2u);  // 80 at 40 each
    EXPECT_EQ(capacity(sqls({81})).people, 3u);  // one more needs a third person
    EXPECT_EQ(capacity(sqls({0})).people, 0u);
    CapacityRequest decimal = sqls({7});
    decimal.perPerson = 0.07;  // 7 / 0.07 is exactly 100, not the 100.00000000000001 of a float division
    EXPECT_EQ(capacity(decimal).people, 100u);
}

TEST(Capacity, TheSchedulesBusiestMonthCounts) {
    // The worked example's schedule: 0, 50, 100, 100 ... SQLs; the peak is 100 in the third month: 3 people.
    const CapacityResult result = capacity(sqls({0, 50, 100, 100, 50}));
    EXPECT_EQ(result.peak, 100);
    EXPECT_EQ(result.peakMonth, 2u);
    EXPECT_EQ(result.people, 3u);
    EXPECT_DOUBLE_EQ(result.perWorkingDay, 100 / (250.0 / 12));  // 4.8 a working day
}

TEST(Capacity, HoursAndATeamThatIsShort) {
    CapacityRequest request = sqls({100});
    request.hoursPerSql = 1.5;
    request.team = 1;
    const CapacityResult result = capacity(request);
    EXPECT_EQ(*result.hours, 150);
    EXPECT_EQ(*result.shortBy, 2u);  // 3 needed, 1 there
    request.team = 4;
    EXPECT_EQ(*capacity(request).shortBy, 0u);
    EXPECT_FALSE(capacity(sqls({100})).shortBy.has_value());
}

TEST(Capacity, NamesEachBadValueByItsField) {
    CapacityRequest request = sqls({10, 2.5});
    request.perPerson = 0;
    request.team = -1;
    std::vector<std::string> fields;
    for (const Issue& error : capacity(request).errors) fields.push_back(error.field + ":" + codeName(error.code));
    EXPECT_EQ(fields, (std::vector<std::string>{"sqls[1]:not_whole", "perPerson:not_positive", "team:not_whole"}));
}

}  // namespace
}  // namespace funnel
