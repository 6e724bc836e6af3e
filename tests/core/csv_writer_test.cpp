#include "csv_writer.h"

#include <gtest/gtest.h>

#include "csv_reader.h"
#include "json_value.h"

using funnel::csvTextCell;
using funnel::writeCsv;
using funnel::testing::fromJson;

namespace {

std::string csvOf(const char* json) { return writeCsv(fromJson(nlohmann::json::parse(json))); }

}  // namespace

TEST(CsvWriter, WritesWhatGermanExcelOpensAsItIs) {
    EXPECT_EQ(csvOf(R"({"locale": "de", "rows": [["Stufe", "Benötigt"], ["MQLs", 400], ["SQLs", 1234.56789],
                        ["Abweichung", -0.2]]})"),
              "\xEF\xBB\xBFStufe;Benötigt\r\nMQLs;400\r\nSQLs;1234,5679\r\nAbweichung;-0,2\r\n");
}

TEST(CsvWriter, WritesCommasAndDecimalPointsInEnglish) {
    EXPECT_EQ(csvOf(R"({"locale": "en", "rows": [["a,b", 1234.5, null]]})"), "\xEF\xBB\xBF\"a,b\",1234.5,\r\n");
}

TEST(CsvWriter, NeutralisesEveryCellThatASpreadsheetWouldRunAsAFormula) {
    // OWASP: prefix a single quote and keep the cell quoted.
    EXPECT_EQ(csvTextCell("=HYPERLINK(\"http://evil\";\"x\")", ';'), "\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\"");
    EXPECT_EQ(csvTextCell("+1+2", ';'), "\"'+1+2\"");
    EXPECT_EQ(csvTextCell("-2+3", ';'), "\"'-2+3\"");
    EXPECT_EQ(csvTextCell("@SUM(A1)", ';'), "\"'@SUM(A1)\"");
    EXPECT_EQ(csvTextCell("\t=1", ';'), "\"'\t=1\"");
    EXPECT_EQ(csvTextCell("\r=1", ';'), "\"'\r=1\"");
    EXPECT_EQ(csvTextCell("  =1", ';'), "\"'  =1\"");
    EXPECT_EQ(csvTextCell("\xEF\xBC\x9D"
                          "1+1",
                          ';'),
              "\"'\xEF\xBC\x9D"
              "1+1\"");  // full-width =
    // Text that only contains those characters later is plain text.
    EXPECT_EQ(csvTextCell("MQL = Marketing", ';'), "MQL = Marketing");
    EXPECT_EQ(csvTextCell("E-Mail", ';'), "E-Mail");
}

TEST(CsvWriter, NegativeNumbersStayNumbers) {
    EXPECT_EQ(csvOf(R"({"locale": "de", "rows": [[-5, -0.25]]})"), "\xEF\xBB\xBF-5;-0,25\r\n");
}

TEST(CsvWriter, QuotesWhatWouldSplitACellOrARow) {
    EXPECT_EQ(csvTextCell("a;b", ';'), "\"a;b\"");
    EXPECT_EQ(csvTextCell("a,b", ';'), "a,b");
    EXPECT_EQ(csvTextCell("say \"hi\"", ';'), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvTextCell("two\nlines", ';'), "\"two\nlines\"");
    EXPECT_EQ(csvTextCell(" padded ", ';'), "\" padded \"");
    EXPECT_EQ(csvTextCell("", ';'), "");
}

TEST(CsvWriter, WritesOnlyWellFormedText) { EXPECT_EQ(csvTextCell(std::string("a\0b\xFF", 4), ';'), "a\uFFFDb\uFFFD"); }

// Read back as a spreadsheet reads the file: each cell as given, formula-like text behind a quote.
TEST(CsvWriter, ReadsBackCellForCell) {
    const std::vector<std::string> names = {
        "=1+1",         "-5",      "+49 30 123", "@here", "\t=x",         "MQL; \"qualifiziert\"",
        "two\r\nlines", "Kunde ✓", "",           " ",     "\xEF\xBC\xA0x"};
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& name : names) rows.push_back({name, -12.5});
    const std::string csv = writeCsv(fromJson({{"locale", "de"}, {"rows", rows}}));
    const auto read = funnel::testing::readCsv(std::string_view(csv).substr(3), ';');
    ASSERT_TRUE(read);
    ASSERT_EQ(read->size(), names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string& name = names[i];
        const bool formula = name == "=1+1" || name == "-5" || name == "+49 30 123" || name == "@here" ||
                             name == "\t=x" || name == "\xEF\xBC\xA0x";
        EXPECT_EQ((*read)[i][0], formula ? "'" + name : name);
        EXPECT_EQ((*read)[i][1], "-12,5");
    }
}
