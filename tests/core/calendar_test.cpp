// Months, days, Easter and Germany's public holidays (calendar.h), on dates
// looked up in the published calendars.
#include "calendar.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace funnel {
namespace {

std::vector<std::string> holidays(const char* region, int year, int month) {
    std::vector<std::string> days;
    const auto found = holidaysIn(region, year, month);  // kept: a range-for over *temporary would dangle
    for (const Date& date : *found) days.push_back(dateText(date));
    return days;
}

TEST(Calendar, ReadsMonthsAndDays) {
    EXPECT_EQ(monthText(*parseMonth("2027-03")), "2027-03");
    EXPECT_EQ(calendarMonth(*parseMonth("2027-12")), 12);
    for (const char* bad : {"2027-13", "2027-00", "27-03", "2027-3", "2027/03", "", "1899-12", "3000-01", "2027-03-01"})
        EXPECT_FALSE(parseMonth(bad)) << bad;
    EXPECT_TRUE(parseDate("2028-02-29"));
    for (const char* bad : {"2027-02-29", "2027-04-31", "2027-4-01", "2027-04-00", "20270401"})
        EXPECT_FALSE(parseDate(bad)) << bad;
}

TEST(Calendar, KnowsTheWeekday) {
    EXPECT_EQ(weekday(Date{2026, 11, 30}), 0);  // a Monday
    EXPECT_EQ(weekday(Date{2027, 5, 1}), 5);    // a Saturday
    EXPECT_EQ(weekday(Date{2000, 1, 1}), 5);
    EXPECT_EQ(weekday(Date{2024, 2, 29}), 3);
}

TEST(Calendar, FindsEaster) {
    const std::pair<int, const char*> known[] = {{2000, "2000-04-23"}, {2024, "2024-03-31"}, {2025, "2025-04-20"},
                                                 {2026, "2026-04-05"}, {2027, "2027-03-28"}, {2038, "2038-04-25"},
                                                 {2285, "2285-03-22"}};
    for (const auto& [year, date] : known) EXPECT_EQ(dateText(easterSunday(year)), date);
}

TEST(Calendar, HasGermanysNationwideHolidays) {
    EXPECT_EQ(holidays("de", 2027, 3), (std::vector<std::string>{"2027-03-26", "2027-03-29"}));  // Easter 2027
    EXPECT_EQ(holidays("de", 2027, 5), (std::vector<std::string>{"2027-05-01", "2027-05-06", "2027-05-17"}));
    EXPECT_EQ(holidays("de", 2026, 12), (std::vector<std::string>{"2026-12-25", "2026-12-26"}));
    EXPECT_EQ(holidays("de", 2026, 10), (std::vector<std::string>{"2026-10-03"}));
    EXPECT_EQ(holidays("DE", 2017, 10),
              (std::vector<std::string>{"2017-10-03", "2017-10-31"}));  // the 500th Reformation day
    EXPECT_TRUE(holidays("none", 2026, 12).empty());
}

TEST(Calendar, AddsEachStatesStateWideHolidays) {
    EXPECT_EQ(holidays("de-BY", 2027, 1), (std::vector<std::string>{"2027-01-01", "2027-01-06"}));
    EXPECT_EQ(holidays("de-by", 2027, 5),
              (std::vector<std::string>{"2027-05-01", "2027-05-06", "2027-05-17", "2027-05-27"}));
    EXPECT_EQ(holidays("de-BE", 2027, 3), (std::vector<std::string>{"2027-03-08", "2027-03-26", "2027-03-29"}));
    EXPECT_EQ(holidays("de-SN", 2026, 11), (std::vector<std::string>{"2026-11-18"}));  // Buß- und Bettag
    EXPECT_EQ(holidays("de-TH", 2026, 9), (std::vector<std::string>{"2026-09-20"}));
    EXPECT_EQ(holidays("de-SL", 2026, 8), (std::vector<std::string>{"2026-08-15"}));
    EXPECT_EQ(holidays("de-NI", 2026, 10), (std::vector<std::string>{"2026-10-03", "2026-10-31"}));
    EXPECT_EQ(holidays("de-NI", 2017, 10), (std::vector<std::string>{"2017-10-03", "2017-10-31"}));
    EXPECT_EQ(holidays("de-NW", 2026, 11), (std::vector<std::string>{"2026-11-01"}));
    EXPECT_EQ(holidays("de-HH", 2026, 11), (std::vector<std::string>{}));
    // Every state is known; anything else is not.
    for (const char* state :
         {"BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"})
        EXPECT_TRUE(holidaysIn(std::string("de-") + state, 2027, 1)) << state;
    for (const char* bad : {"de-XX", "at", "de-", "de-B", "de-BYY", "DE_BY", "fr-BY"})
        EXPECT_FALSE(holidaysIn(bad, 2027, 1)) << bad;
}

TEST(Calendar, ListsEveryRegionItKnowsForThePagesChoice) {
    const std::vector<std::string> regions = holidayRegions();
    ASSERT_EQ(regions.size(), 18u);  // Germany, its 16 states, none
    EXPECT_EQ(regions.front(), "de");
    EXPECT_EQ(regions[2], "de-by");
    EXPECT_EQ(regions.back(), "none");
    for (const std::string& region : regions) EXPECT_TRUE(holidaysIn(region, 2027, 5)) << region;
}

}  // namespace
}  // namespace funnel
