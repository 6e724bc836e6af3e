// CSV and TSV as people really have them (delimited_reader.h).
#include "delimited_reader.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows readAll(std::string_view text, std::vector<std::size_t>* lines = nullptr, bool* unterminated = nullptr) {
    DelimitedReader reader(text, detectDelimiter(text));
    Rows rows;
    std::vector<std::string> cells;
    std::size_t line = 0;
    while (reader.next(cells, line)) {
        rows.push_back(cells);
        if (lines) lines->push_back(line);
    }
    if (unterminated) *unterminated = reader.unterminatedQuote();
    return rows;
}

TEST(DelimitedReader, FindsTheDelimiterTheLinesAgreeOn) {
    EXPECT_EQ(detectDelimiter("a,b,c\n1,2,3\n"), ',');
    EXPECT_EQ(detectDelimiter("Monat;MQLs;Kunden\n2026-01;1,5;2\n2026-02;3;4,5\n"), ';');  // decimal commas
    EXPECT_EQ(detectDelimiter("a\tb\n1\t2\n"), '\t');
    EXPECT_EQ(detectDelimiter("\"x;y\",b\n\"1;2\",3\n"), ',');  // delimiters inside quotes do not count
    EXPECT_EQ(detectDelimiter("only one column\n"), ',');
}

TEST(DelimitedReader, ReadsQuotesDoubledQuotesAndLineBreaksInside) {
    std::vector<std::size_t> lines;
    const Rows rows =
        readAll("name,note\r\n\"Müller, Anna\",\"sagte \"\"ja\"\"\"\r\n\"Zwei\r\nZeilen\",x\r\n\r\nlast,\n", &lines);
    EXPECT_EQ(rows, (Rows{{"name", "note"}, {"Müller, Anna", "sagte \"ja\""}, {"Zwei\r\nZeilen", "x"}, {"last", ""}}));
    EXPECT_EQ(lines, (std::vector<std::size_t>{1, 2, 3, 6}));  // the quoted line break and the empty line count
}

TEST(DelimitedReader, KeepsRaggedRowsAsTheyAre) {
    EXPECT_EQ(readAll("a;b;c\n1;2\n1;2;3;4\n"), (Rows{{"a", "b", "c"}, {"1", "2"}, {"1", "2", "3", "4"}}));
}

TEST(DelimitedReader, AQuoteInsideAnUnquotedCellIsACharacter) {
    EXPECT_EQ(readAll("a,b\n5\" Display,x\n"), (Rows{{"a", "b"}, {"5\" Display", "x"}}));
}

TEST(DelimitedReader, SaysWhenTheFileEndsInsideQuotes) {
    bool unterminated = false;
    const Rows rows = readAll("a,b\n\"open,x\ny,z\n", nullptr, &unterminated);
    EXPECT_TRUE(unterminated);
    EXPECT_EQ(rows.back(), (std::vector<std::string>{"open,x\ny,z\n"}));
}

}  // namespace
}  // namespace funnel
