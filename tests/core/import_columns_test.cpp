// Which column holds what, from the header row (import_columns.h).
#include "import_columns.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

const std::vector<std::string> kFunnel = {"MQL", "SQL", "Customer"};

TEST(ImportColumns, RecognisesHubSpotsContactExport) {
    const std::vector<std::string> header = {"Record ID",
                                             "First Name",
                                             "Create Date",
                                             "Became a Marketing Qualified Lead Date",
                                             "Became a Sales Qualified Lead Date",
                                             "Became a Customer Date",
                                             "Original Source"};
    const ColumnMapping mapping = guessColumns(header, kFunnel);
    EXPECT_EQ(mapping.shape, ImportShape::records);
    EXPECT_EQ(mapping.stages, (std::vector<int>{3, 4, 5}));
    EXPECT_EQ(mapping.channel, 6);
    EXPECT_TRUE(mapping.certain);
    // Its internal names too, with a lead stage on top.
    const ColumnMapping internal =
        guessColumns({"hs_lifecyclestage_lead_date", "hs_lifecyclestage_marketingqualifiedlead_date",
                      "hs_lifecyclestage_customer_date"},
                     {"Lead", "MQL", "Kunde"});
    EXPECT_EQ(internal.stages, (std::vector<int>{0, 1, 2}));
    EXPECT_TRUE(internal.certain);
}

TEST(ImportColumns, RecognisesAGermanMonthlySheet) {
    const ColumnMapping mapping = guessColumns({"Monat", "MQLs", "SQLs", "Neukunden"}, {"MQL", "SQL", "Kunde"});
    EXPECT_EQ(mapping.shape, ImportShape::monthly);
    EXPECT_EQ(mapping.month, 0);
    EXPECT_EQ(mapping.stages, (std::vector<int>{1, 2, 3}));
    EXPECT_TRUE(mapping.certain);
    const ColumnMapping english =
        guessColumns({"Month", "Marketing Qualified Leads", "Sales Qualified Leads", "Closed Won"}, kFunnel);
    EXPECT_EQ(english.stages, (std::vector<int>{1, 2, 3}));
}

TEST(ImportColumns, OtherExportsByStageNameAndADateWord) {
    const ColumnMapping mapping = guessColumns({"MQL-Datum", "SQL Datum", "Won Time", "Quelle"}, kFunnel);
    EXPECT_EQ(mapping.stages, (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(mapping.channel, 3);
    // A stage named by the person matches a header of the same name.
    EXPECT_EQ(guessColumns({"Erstgespräch Datum", "Angebot Datum"}, {"Erstgespräch", "Angebot"}).stages,
              (std::vector<int>{0, 1}));
}

TEST(ImportColumns, IsNotCertainWhenAStageHasNoColumnOrTwo) {
    const ColumnMapping missing = guessColumns({"MQL Date", "Converted Date", "Won Time"}, kFunnel);
    EXPECT_EQ(missing.stages, (std::vector<int>{0, -1, 2}));
    EXPECT_FALSE(missing.certain);
    EXPECT_FALSE(guessColumns({"MQL Date", "MQL Datum", "SQL Date", "Won Time"}, kFunnel).certain);
}

TEST(ImportColumns, NormalizesNamesForMatching) {
    EXPECT_EQ(normalizedName("  Became a Marketing-Qualified_Lead Date "), "became a marketing qualified lead date");
    EXPECT_EQ(normalizedName("ÄNDERUNG Über"), "änderung über");
}

}  // namespace
}  // namespace funnel
