// Lead scoring (scoring.h): the parts and the stage at the thresholds
// (reaching a threshold exactly qualifies), negative points of a
// disqualifier, the minimum fit that keeps a very active but unfit lead from
// sales, the criteria that made the difference, and each bad value named.
#include "scoring.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

// The defaults (MQL at 40, SQL at 70 with a fit of 30), with the named criteria met.
ScoreRequest lead(std::initializer_list<std::size_t> met) {
    ScoreRequest request = scoringDefaults(Locale::en);
    for (std::size_t index : met) request.criteria[index].met = true;
    return request;
}

// Indexes of the defaults: 0 industry 15, 1 size 15, 2 decision maker 20, 3 region 10, 4 budget 10, 5 student -50,
// 6 competitor -100, 7 pricing page 20, 8 brochure 10, 9 demo 30, 10 webinar 10, 11 visits 10, 12 newsletter 5.

TEST(Scoring, TheDefaultsNameTheTwoBehavioursOfTheIssueInBothLanguages) {
    const ScoreRequest de = scoringDefaults(Locale::de);
    EXPECT_EQ(de.criteria[7].name, "Preisseite besucht");
    EXPECT_EQ(de.criteria[8].name, "Broschüre oder Whitepaper heruntergeladen");
    EXPECT_EQ(scoringDefaults(Locale::en).criteria[7].name, "Visited the pricing page");
    EXPECT_TRUE(score(de).ok);
}

TEST(Scoring, ReachingAThresholdExactlyQualifies) {
    // 15 + 15 + 10 = 40: exactly the MQL score.
    const ScoreResult mql = score(lead({0, 1, 3}));
    EXPECT_EQ(mql.total, 40);
    EXPECT_EQ(mql.fit, 40);
    EXPECT_EQ(mql.behaviour, 0);
    EXPECT_EQ(mql.stage, LeadStage::mql);
    EXPECT_EQ(score(lead({0, 3, 10})).stage, LeadStage::none);  // 15 + 10 + 10 = 35: below 40
    // 40 fit + 30 demo = 70: exactly the SQL score, with a fit of 40 >= 30.
    const ScoreResult sql = score(lead({0, 1, 3, 9}));
    EXPECT_EQ(sql.total, 70);
    EXPECT_EQ(sql.stage, LeadStage::sql);
}

TEST(Scoring, AVeryActiveButUnfitLeadStaysWithMarketing) {
    // Behaviour 20 + 10 + 30 + 10 + 10 + 5 = 85, fit 15: above the SQL score, below the minimum fit of 30.
    const ScoreResult active = score(lead({0, 7, 8, 9, 10, 11, 12}));
    EXPECT_EQ(active.total, 100);
    EXPECT_EQ(active.fit, 15);
    EXPECT_EQ(active.stage, LeadStage::mql);
    // Without a minimum fit the same lead goes to sales.
    ScoreRequest noMinimum = lead({0, 7, 8, 9, 10, 11, 12});
    noMinimum.sqlMinFit.reset();
    EXPECT_EQ(score(noMinimum).stage, LeadStage::sql);
}

TEST(Scoring, ADisqualifierTakesItsPointsOffAndIsNamedAsDecisive) {
    // A competitor who did everything: 70 + 85 - 100 = 55 with a fit of -30: an MQL by score, no SQL.
    const ScoreResult competitor = score(lead({0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12}));
    EXPECT_EQ(competitor.fit, -30);
    EXPECT_EQ(competitor.total, 55);
    EXPECT_EQ(competitor.stage, LeadStage::mql);
    // Without "competitor" it would be an SQL (155, fit 70); without the decision maker, the pricing page or the
    // demo (35, 35, 25) not even an MQL: those made the difference; any other alone did not (45 at least).
    EXPECT_EQ(competitor.decisive, (std::vector<std::size_t>{2, 6, 7, 9}));
}

TEST(Scoring, TheCriteriaWithoutWhichTheStageWouldDifferAreDecisive) {
    // 40 fit + 30 demo = 70, an SQL: without the demo 40 (an MQL); without any fit criterion 55 or 60 (an MQL, and
    // a fit below 30 for the region's); every one made the difference.
    EXPECT_EQ(score(lead({0, 1, 3, 9})).decisive, (std::vector<std::size_t>{0, 1, 3, 9}));
    // Far above every threshold nothing alone made the difference.
    EXPECT_TRUE(score(lead({0, 1, 2, 3, 4, 7, 8, 9})).decisive.empty());
}

TEST(Scoring, NamesEachBadValueByItsField) {
    ScoreRequest request = lead({});
    request.criteria[2].points = 150;
    request.criteria[3].points = 2.5;
    request.criteria[4].name = "";
    request.sqlScore = 30;  // below the MQL score of 40
    std::vector<std::string> fields;
    for (const Issue& error : score(request).errors) fields.push_back(error.field + ":" + codeName(error.code));
    EXPECT_EQ(fields, (std::vector<std::string>{"criteria[2].points:points_range", "criteria[3].points:not_whole",
                                                "criteria[4].name:missing", "thresholds.sql:sql_below_mql"}));
    EXPECT_FALSE(score(ScoreRequest{}).ok);  // no criteria
}

}  // namespace
}  // namespace funnel
