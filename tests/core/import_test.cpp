// A CRM export and a monthly sheet, read and counted (import.h), on small
// files whose every figure is worked out by hand in the comments.
#include "import.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

using Counts = std::vector<std::vector<std::uint64_t>>;

// Eight records of a HubSpot-style export, MQL -> SQL -> Customer.
const char* kExport =
    "Record ID,Create Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,"
    "Became a Customer Date,Original Source\n"
    "1,2026-01-02,2026-01-05,2026-01-20,2026-03-01,Paid Search\n"           // 15 days to SQL, 40 to customer
    "2,2026-01-10,2026-01-10T08:00:00Z,2026-02-14 10:00,,Organic Search\n"  // 35 days to SQL
    "3,2026-02-01,2026-02-03,,,Organic Search\n"
    "4,2026-02-05,,2026-02-20,2026-02-25,Paid Search\n"  // an MQL on 20 February, as its SQL date says; 5 days to
                                                         // customer
    "5,2026-02-10,2026-02-12,2026-02-10,,Referral\n"     // SQL before MQL: a negative lag, counted, not used
    "6,2026-03-01,31.02.2026,,,Paid Search\n"            // line 7: no such day
    "7,2026-03-02,,,,Organic Search\n"                   // line 8: no stage date (the create date is no stage here)
    "8,2026-03-03,2026-03-04,,,Paid Search,extra\n";     // line 9: a cell beyond the header

ImportRequest exportRequest() {
    ImportRequest request;
    request.bytes = kExport;
    request.locale = Locale::de;
    request.end = "2026-03";
    request.windowMonths = 3;
    return request;
}

TEST(Import, CountsAnExportPerMonthFillingEarlierStagesFromLaterOnes) {
    const ImportResult result = importFile(exportRequest());
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.encoding, "utf-8");
    EXPECT_EQ(result.delimiter, ',');
    EXPECT_EQ(result.mapping.stages, (std::vector<int>{2, 3, 4}));
    EXPECT_EQ(result.months, (std::vector<std::string>{"2026-01", "2026-02", "2026-03"}));
    // MQLs: records 1, 2 in January; 3, 4 (from its SQL date), 5 in February.
    EXPECT_EQ(result.counts, (Counts{{2, 3, 0}, {1, 3, 0}, {0, 1, 1}}));
    ASSERT_EQ(result.channels.size(), 3u);
    EXPECT_EQ(result.channels[1].name, "Paid Search");
    EXPECT_EQ(result.channels[1].counts, (Counts{{1, 1, 0}, {1, 1, 0}, {0, 1, 1}}));
    EXPECT_EQ(result.firstDate, "2026-01-05");
    EXPECT_EQ(result.lastDate, "2026-03-01");
}

TEST(Import, ReportsEveryRowItCouldNotUseByLine) {
    const ImportResult result = importFile(exportRequest());
    EXPECT_EQ(result.rowsRead, 8u);
    EXPECT_EQ(result.rowsUsed, 5u);
    EXPECT_EQ(result.skippedCount, 3u);
    ASSERT_EQ(result.skipped.size(), 3u);
    EXPECT_EQ(result.skipped[0].line, 7u);
    EXPECT_EQ(result.skipped[0].code, Code::not_a_date);
    EXPECT_EQ(result.skipped[0].column, 2);
    EXPECT_EQ(result.skipped[0].text, "31.02.2026");
    EXPECT_EQ(result.skipped[1].line, 8u);
    EXPECT_EQ(result.skipped[1].code, Code::no_stage_date);
    EXPECT_EQ(result.skipped[2].line, 9u);
    EXPECT_EQ(result.skipped[2].code, Code::extra_cells);
}

TEST(Import, MeasuresTheDaysBetweenStagesFromRecordsWithBothDates) {
    const ImportResult result = importFile(exportRequest());
    ASSERT_EQ(result.lags.size(), 2u);
    // MQL -> SQL: 15 and 35 days (record 4's MQL date is its SQL date: not a lag); record 5's -2 days counted apart.
    EXPECT_EQ(result.lags[0].count, 2u);
    EXPECT_EQ(result.lags[0].negative, 1u);
    EXPECT_EQ(*result.lags[0].median, 25);
    EXPECT_EQ(*result.lags[0].mean, 25);
    EXPECT_EQ(*result.lags[0].p80, 35);
    // SQL -> customer: 40 days (20 January to 1 March) and 5.
    EXPECT_EQ(*result.lags[1].median, 22.5);
    EXPECT_EQ(*result.lags[1].p80, 40);
    bool negativeSaid = false;
    for (const Issue& warning : result.warnings) negativeSaid = negativeSaid || warning.code == Code::negative_lags;
    EXPECT_TRUE(negativeSaid);
}

TEST(Import, GivesThePlanItsHistoryForAWindowLeavingOutTheYoungestMonths) {
    ImportRequest request = exportRequest();
    request.skipMonths = 0;
    ImportResult result = importFile(request);
    ASSERT_EQ(result.history.size(), 2u);
    // January to March: five records entered MQL, four of them reached SQL; of the four SQLs, two became customers.
    EXPECT_EQ(result.history[0].fromCount, 5u);
    EXPECT_EQ(result.history[0].toCount, 4u);
    EXPECT_EQ(result.history[1].fromCount, 4u);
    EXPECT_EQ(result.history[1].toCount, 2u);
    EXPECT_TRUE(result.history[0].maturing);  // most lags are longer than nothing left out
    EXPECT_EQ(*result.historyMonths, 3);
    // By default each conversion leaves out its median lag: 25 days -> the youngest month (March).
    request.skipMonths.reset();
    result = importFile(request);
    EXPECT_EQ(result.history[0].first + " " + result.history[0].last, "2026-01 2026-02");
    EXPECT_EQ(result.history[0].skipped, 1);
    EXPECT_EQ(*result.historyMonths, 2);
    // Without an end, the last complete month before today.
    request.end.reset();
    request.today = "2026-04-15";
    EXPECT_EQ(importFile(request).history[0].last, "2026-02");
}

TEST(Import, ReadsAGermanExcelSheetInWindows1252) {
    ImportRequest request;
    request.locale = Locale::de;
    request.stages = {"MQL", "SQL", "Kunde"};
    request.end = "2026-03";
    request.windowMonths = 3;
    request.skipMonths = 0;
    request.bytes =
        "Monat;MQLs;SQLs;Neukunden;Bemerkung\r\n"
        "Jan 2026;1.200;300;150;\r\n"
        "Februar 2026;1.100;250;120;Messe M\xFCnchen\r\n"
        "03.2026;1.000;;100;\r\n"       // an empty cell: none that month
        "April 2026;viele;200;90;\r\n"  // line 5
        "Mai 2026;900;200;12,5;\r\n"    // line 6: no whole number
        "Februar 2026;100;10;5;\r\n";   // line 7: February again, added up and said
    const ImportResult result = importFile(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.encoding, "windows-1252");
    EXPECT_EQ(result.delimiter, ';');
    EXPECT_EQ(result.mapping.shape, ImportShape::monthly);
    EXPECT_EQ(result.months, (std::vector<std::string>{"2026-01", "2026-02", "2026-03"}));
    EXPECT_EQ(result.counts, (Counts{{1200, 1200, 1000}, {300, 260, 0}, {150, 125, 100}}));
    EXPECT_EQ(result.rowsRead, 6u);
    EXPECT_EQ(result.rowsUsed, 4u);
    ASSERT_EQ(result.skipped.size(), 2u);
    EXPECT_EQ(result.skipped[0].line, 5u);
    EXPECT_EQ(result.skipped[0].code, Code::not_a_count);
    EXPECT_EQ(result.skipped[0].text, "viele");
    EXPECT_EQ(result.skipped[1].line, 6u);
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_EQ(result.warnings[0].code, Code::duplicate_month);
    EXPECT_EQ(result.history[0].fromCount, 3400u);
    EXPECT_EQ(result.history[0].toCount, 560u);
    EXPECT_EQ(result.header[4], "Bemerkung");
}

TEST(Import, SaysWhatItCannotReadAndTakesThePersonsMapping) {
    ImportRequest request;
    request.bytes = "";
    EXPECT_EQ(importFile(request).errors[0].code, Code::empty_file);
    request.bytes = "Name,Converted Date,Status\nAnna,2026-01-05,open\n";
    ImportResult result = importFile(request);
    ASSERT_TRUE(result.ok);
    EXPECT_FALSE(result.mapping.certain);
    EXPECT_EQ(result.warnings[0].code, Code::no_stage_columns);
    EXPECT_TRUE(result.months.empty());
    // The person says "Converted Date" is the SQL date.
    request.mapping = ColumnMapping{ImportShape::records, -1, {-1, 1, -1}, -1, true};
    result = importFile(request);
    EXPECT_EQ(result.counts, (Counts{{1}, {1}, {0}}));  // an SQL on 5 January passed MQL then
    request.mapping->stages = {0, 9, -1};
    EXPECT_EQ(importFile(request).errors[0].field, "mapping.stages[1]");
}

}  // namespace
}  // namespace funnel
