// Months and days as the schedule and the pacing read and write them:
// "2026-03" and "2026-03-14", and Germany's public holidays.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace funnel {

// A calendar month as a count of months since year 0: year * 12 + (month - 1).
using MonthIndex = int;

// "YYYY-MM" with a year from 1900 to 2999, else nothing.
std::optional<MonthIndex> parseMonth(std::string_view text);
std::string monthText(MonthIndex month);  // "2026-03"
int calendarMonth(MonthIndex month);      // 1 to 12

struct Date {
    int year = 0;
    int month = 0;  // 1 to 12
    int day = 0;    // 1 to 31
};

// "YYYY-MM-DD", a real day of a year from 1900 to 2999, else nothing.
std::optional<Date> parseDate(std::string_view text);
std::string dateText(const Date& date);
int daysInMonth(int year, int month);
int weekday(const Date& date);            // 0 Monday ... 6 Sunday
int daysSinceYearZero(const Date& date);  // for the days between two dates
Date dateFromDays(int days);              // and back

// Easter Sunday of a Gregorian year.
Date easterSunday(int year);

// The public holidays of `region` in a month: "de" (the nine nationwide
// ones), "de-XX" (those and the state-wide ones of that ISO 3166-2 state,
// case-insensitive) or "none". Nothing for a region it does not know.
std::optional<std::vector<Date>> holidaysIn(std::string_view region, int year, int month);

// Every region holidaysIn() knows: "de", "de-bw" ... "de-th" (the 16 states), "none".
std::vector<std::string> holidayRegions();

}  // namespace funnel
