// Monthly counts pasted from a sheet (read_sheet.h): both layouts a team keeps
// them in, a header left out, rows without a month placed one after another
// from the month pasted into, columns beyond the funnel and months beyond the
// table's 60 left out and counted, and every cell's text kept as pasted.
#include "read_sheet.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace funnel {
namespace {

SheetReading read(std::string_view text, std::size_t stage = 0, std::size_t stages = 3, const char* month = "2026-05") {
    SheetRequest request;
    request.text = text;
    request.month = *parseMonth(month);
    request.stage = stage;
    request.stages = stages;
    return readSheet(request);
}

// "2026-01 0 1.000" for each cell, in order.
std::vector<std::string> cellsOf(const SheetReading& reading) {
    std::vector<std::string> out;
    for (const SheetCell& cell : reading.cells)
        out.push_back(monthText(cell.month) + " " + std::to_string(cell.stage) + " " + cell.text);
    return out;
}

TEST(ReadSheet, RowsPerMonthWithAHeaderAsExcelCopiesThem) {
    const SheetReading reading =
        read("Monat\tMQL\tSQL\tKunden\r\nJan 26\t1.000\t250\t125\r\nFeb 26\t1.100\t 240 \t120\r\n");
    ASSERT_TRUE(reading.ok);
    EXPECT_TRUE(reading.header);
    EXPECT_FALSE(reading.across);
    EXPECT_EQ(reading.months, 2u);
    EXPECT_EQ(monthText(reading.first), "2026-01");
    EXPECT_EQ(monthText(reading.last), "2026-02");
    EXPECT_EQ(cellsOf(reading), (std::vector<std::string>{"2026-01 0 1.000", "2026-01 1 250", "2026-01 2 125",
                                                          "2026-02 0 1.100", "2026-02 1 240", "2026-02 2 120"}));
}

TEST(ReadSheet, MonthsAcrossWithOneRowPerStage) {
    const SheetReading reading = read("Stufe;Januar 2026;Februar 2026;März 2026\nMQL;1000;1100;900\nSQL;250;240;180\n");
    ASSERT_TRUE(reading.ok);
    EXPECT_TRUE(reading.across);
    EXPECT_EQ(reading.months, 3u);
    EXPECT_EQ(cellsOf(reading), (std::vector<std::string>{"2026-01 0 1000", "2026-01 1 250", "2026-02 0 1100",
                                                          "2026-02 1 240", "2026-03 0 900", "2026-03 1 180"}));
}

TEST(ReadSheet, RowsWithoutAMonthFollowTheMonthPastedIntoFromItsColumn) {
    // Numbers only, pasted into May's SQL cell: SQLs and customers from May on; the third column is beyond the funnel.
    const SheetReading reading = read("250\t125\t9\n240\t120\t9\n", 1);
    ASSERT_TRUE(reading.ok);
    EXPECT_FALSE(reading.header);
    EXPECT_EQ(cellsOf(reading),
              (std::vector<std::string>{"2026-05 1 250", "2026-05 2 125", "2026-06 1 240", "2026-06 2 120"}));
    EXPECT_EQ(reading.droppedColumns, 1u);
    // A label that is no month is said, and its row goes after the row above it.
    const SheetReading labelled = read("2026-01\t1\t1\t1\nQ1 gesamt\t3\t3\t3\n");
    EXPECT_EQ(labelled.labels, (std::vector<std::string>{"Q1 gesamt"}));
    EXPECT_EQ(cellsOf(labelled).back(), "2026-02 2 3");
}

TEST(ReadSheet, KeepsWhatIsNoNumberForItsFieldToSayAndKeepsTheLatestSixtyMonths) {
    const SheetReading typo = read("Jan 2026\t1.000\tzwölf\t\n");
    EXPECT_EQ(cellsOf(typo), (std::vector<std::string>{"2026-01 0 1.000", "2026-01 1 zwölf", "2026-01 2 "}));
    std::string many;
    for (int m = 0; m < 61; ++m) many += "1\t1\t1\n";
    const SheetReading long_ = read(many, 0, 3, "2020-01");
    EXPECT_EQ(long_.months, 60u);
    EXPECT_EQ(long_.droppedMonths, 1u);
    EXPECT_EQ(monthText(long_.first), "2020-02");
    EXPECT_FALSE(read(" \n\t\n").ok);
}

}  // namespace
}  // namespace funnel
