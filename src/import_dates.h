// Dates and months as exports and sheets write them, for the import:
// ISO 8601 with or without a time and zone ("2026-03-14", "2026-03-14T09:30:00Z",
// "2026-03-14 09:30"), German "14.03.2026" (with a time too), US "3/14/2026";
// and a month on its own ("2026-01", "01.2026", "01/2026", "Jan 2026",
// "Januar 2026"). A slashed date's day/month order is decided by its whole
// column: a first part above 12 means day first, a second part above 12
// month first, else the page's language (German day first, English month first).
#pragma once

#include <optional>
#include <string_view>

#include "calendar.h"
#include "issue.h"  // Locale

namespace funnel {

enum class DayOrder { unknown, dayFirst, monthFirst };

// A date cell as written, before its column's order is known.
struct WrittenDate {
    enum class Form { iso, dotted, slashed } form = Form::iso;
    int year = 0;
    int first = 0;   // ISO: the month; dotted: the day; slashed: the first part
    int second = 0;  // ISO: the day; dotted: the month; slashed: the second part
};

// A cell without the spaces and tabs around it.
std::string_view trimmedCell(std::string_view text);

// The date a cell holds as written (a time after it is allowed and ignored:
// the day is the one written, whatever the zone), or nothing.
std::optional<WrittenDate> readWrittenDate(std::string_view cell);

// What one more slashed date says about its column's order (unknown while undecided;
// a column with both kinds of evidence stays with the first seen).
DayOrder learnOrder(DayOrder known, const WrittenDate& date);

// The day, with the column's order (unknown: the locale's), when it is a real one (no 31.02.2026).
std::optional<Date> resolveDate(const WrittenDate& date, DayOrder order, Locale locale);

// A month cell: the month it names, or nothing. A full date names its month.
std::optional<MonthIndex> readMonthCell(std::string_view cell);

}  // namespace funnel
