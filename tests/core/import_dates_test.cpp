// Dates and months as exports write them (import_dates.h).
#include "import_dates.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

std::string read(std::string_view cell, DayOrder order = DayOrder::unknown, Locale locale = Locale::de) {
    const auto written = readWrittenDate(cell);
    if (!written) return "none";
    const auto date = resolveDate(*written, order, locale);
    return date ? dateText(*date) : "invalid";
}

TEST(ImportDates, ReadsEveryFormatExportsWrite) {
    EXPECT_EQ(read("2026-03-14"), "2026-03-14");
    EXPECT_EQ(read("2026-03-14T09:30:00Z"), "2026-03-14");
    EXPECT_EQ(read("2026-03-14T23:30:00.123+01:00"), "2026-03-14");  // the day as written
    EXPECT_EQ(read("2026-03-14 09:30"), "2026-03-14");
    EXPECT_EQ(read(" 14.03.2026 "), "2026-03-14");
    EXPECT_EQ(read("14.3.2026 9:30"), "2026-03-14");
    EXPECT_EQ(read("14.03.26"), "2026-03-14");
    EXPECT_EQ(read("3/14/2026", DayOrder::monthFirst), "2026-03-14");
    EXPECT_EQ(read("3/14/2026, 9:30 AM", DayOrder::monthFirst), "2026-03-14");
    EXPECT_EQ(read("14/3/2026", DayOrder::dayFirst), "2026-03-14");
}

TEST(ImportDates, RefusesWhatIsNoDay) {
    for (const char* cell : {"31.02.2026", "2026-02-29", "2026-13-01", "0.1.2026", "32.01.2026"})
        EXPECT_EQ(read(cell), "invalid") << cell;
    for (const char* cell : {"", "gestern", "2026", "14.03.", "2026-03-14 abc", "14.03.2026x", "1/2/3", "123.1.2026"})
        EXPECT_EQ(read(cell), "none") << cell;
}

TEST(ImportDates, TheColumnDecidesTheOrderOfSlashedDates) {
    DayOrder order = DayOrder::unknown;
    for (const char* cell : {"3/4/2026", "5/6/2026"}) order = learnOrder(order, *readWrittenDate(cell));
    EXPECT_EQ(order, DayOrder::unknown);  // nothing above 12 yet: the locale decides
    EXPECT_EQ(read("3/4/2026", order, Locale::de), "2026-04-03");
    EXPECT_EQ(read("3/4/2026", order, Locale::en), "2026-03-04");
    order = learnOrder(order, *readWrittenDate("25/4/2026"));
    EXPECT_EQ(order, DayOrder::dayFirst);
    EXPECT_EQ(read("3/4/2026", order, Locale::en), "2026-04-03");
    EXPECT_EQ(learnOrder(DayOrder::unknown, *readWrittenDate("4/25/2026")), DayOrder::monthFirst);
    EXPECT_EQ(learnOrder(DayOrder::unknown, *readWrittenDate("25.4.2026")),
              DayOrder::unknown);  // dotted is always day first
}

TEST(ImportDates, ReadsMonthCells) {
    const std::pair<const char*, const char*> rows[] = {
        {"2026-01", "2026-01"},  {"2026-1", "2026-01"},      {"01.2026", "2026-01"},    {"1/2026", "2026-01"},
        {"Jan 2026", "2026-01"}, {"Januar 2026", "2026-01"}, {"März 2026", "2026-03"},  {"Mrz. 2026", "2026-03"},
        {"dec 2026", "2026-12"}, {"Okt-26", "2026-10"},      {"2026-03-01", "2026-03"}, {"01.03.2026", "2026-03"},
    };
    for (const auto& [cell, month] : rows) {
        const auto read = readMonthCell(cell);
        ASSERT_TRUE(read) << cell;
        EXPECT_EQ(monthText(*read), month) << cell;
    }
    for (const char* cell : {"13.2026", "2026-13", "Smarch 2026", "Januar", "2026", ""})
        EXPECT_FALSE(readMonthCell(cell)) << cell;
}

}  // namespace
}  // namespace funnel
