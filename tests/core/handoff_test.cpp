// The hand-off (handoff.h): marketing's commitments per month and per week,
// worked out by hand (the plan's month, rounded up exactly; a schedule's
// months; a week as 12/52 of a month, rounded up), the capacity they need
// at the busiest month, the service levels' ranges, and the answer as the
// page reads it (handoff_answer.h).
#include "handoff.h"

#include <gtest/gtest.h>

#include "handoff_answer.h"
#include "json_value.h"

namespace funnel {
namespace {

HandoffRequest fromPlan(std::uint64_t mqls, std::uint64_t sqls, double periodMonths = 1) {
    HandoffRequest request;
    request.scoring = scoringDefaults(Locale::de);
    request.commitments.stages = {"MQL", "SQL", "Kunde"};
    request.commitments.required = {static_cast<double>(mqls), static_cast<double>(sqls), 1};
    request.commitments.periodMonths = periodMonths;
    return request;
}

std::vector<std::string> fields(const std::vector<Issue>& issues) {
    std::vector<std::string> out;
    for (const Issue& issue : issues) out.push_back(issue.field + ":" + codeName(issue.code));
    return out;
}

TEST(Handoff, TheWorkedExamplesMonthAndWeek) {
    // 400 MQLs and 100 SQLs a month; a week is 12/52 of a month: 400 x 12 / 52 = 92.3 -> 93, 100 -> 23.08 -> 24.
    const HandoffResult result = handoff(fromPlan(400, 100));
    ASSERT_TRUE(result.ok) << fields(result.errors).front();
    ASSERT_EQ(result.commitments.size(), 1u);
    EXPECT_EQ(result.commitments[0].month, "");
    EXPECT_EQ(result.commitments[0].top, 400u);
    EXPECT_EQ(result.commitments[0].handoff, 100u);
    EXPECT_EQ(result.commitments[0].topWeekly, 93u);
    EXPECT_EQ(result.commitments[0].handoffWeekly, 24u);
    // 100 SQLs at 40 a salesperson: 2.5 -> 3 people.
    EXPECT_EQ(result.capacity.people, 3u);
}

TEST(Handoff, AWeekThatIsWholeStaysWhole) {
    // 13 SQLs a month are exactly 3 a week (13 x 12 / 52); 26 are 6; 14 are 3.23 -> 4.
    EXPECT_EQ(handoff(fromPlan(13, 13)).commitments[0].handoffWeekly, 3u);
    EXPECT_EQ(handoff(fromPlan(26, 26)).commitments[0].handoffWeekly, 6u);
    EXPECT_EQ(handoff(fromPlan(14, 14)).commitments[0].handoffWeekly, 4u);
    EXPECT_EQ(handoff(fromPlan(0, 0)).commitments[0].handoffWeekly, 0u);
}

TEST(Handoff, ALongerPeriodIsSpreadOverItsMonthsRoundedUp) {
    // A quarter's 1,201 MQLs and 300 SQLs: 400.33 -> 401 and exactly 100 a month.
    const HandoffResult result = handoff(fromPlan(1201, 300, 3));
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.commitments[0].top, 401u);
    EXPECT_EQ(result.commitments[0].handoff, 100u);
    EXPECT_EQ(result.commitments[0].topWeekly, 93u);  // 401 x 12 / 52 = 92.5 -> 93
}

TEST(Handoff, TheSchedulesMonthsAndTheirBusiestForCapacity) {
    HandoffRequest request = fromPlan(0, 0);
    request.commitments.months = {"2027-01", "2027-02", "2027-03"};
    request.commitments.perMonth = {{400, 480, 400}, {100, 121, 100}, {0, 50, 60}};
    request.capacity.team = 3;
    const HandoffResult result = handoff(request);
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.commitments.size(), 3u);
    EXPECT_EQ(result.commitments[1].month, "2027-02");
    EXPECT_EQ(result.commitments[1].topWeekly, 111u);  // 480 x 12 / 52 = 110.77
    EXPECT_EQ(result.capacity.peakMonth, 1u);
    EXPECT_EQ(result.capacity.people, 4u);  // 121 / 40 = 3.03 -> 4
    EXPECT_EQ(result.capacity.shortBy, 1u);
}

TEST(Handoff, AScheduleLongerThanItsHorizonByTheLeadInIsRead) {
    // 36 months and three months of lead-in for the MQLs of the first customers: 39 months.
    HandoffRequest request = fromPlan(0, 0);
    for (int i = 0; i < 39; ++i)
        request.commitments.months.push_back(i < 12 ? "2026-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1)
                                                    : "2027-01");
    request.commitments.perMonth = {std::vector<double>(39, 400), std::vector<double>(39, 100),
                                    std::vector<double>(39, 50)};
    const HandoffResult result = handoff(request);
    ASSERT_TRUE(result.ok) << fields(result.errors).front();
    EXPECT_EQ(result.commitments.size(), 39u);
}

TEST(Handoff, ServiceLevelsOutOfRangeAreNamedEachAtItsField) {
    HandoffRequest request = fromPlan(400, 100);
    request.levels.responseHours = 0;
    request.levels.demoResponseHours = 4.5;
    request.levels.attempts = 11;
    request.levels.feedbackDays = std::nan("");  // a field left empty
    request.levels.termMonths = 37;
    request.scoring.mqlScore = std::nan("");
    EXPECT_EQ(fields(handoff(request).errors),
              (std::vector<std::string>{"levels.responseHours:hours_range", "levels.demoResponseHours:hours_range",
                                        "levels.attempts:attempts_range", "levels.feedbackDays:missing",
                                        "levels.termMonths:term_range", "thresholds.mql:missing"}));
}

TEST(Handoff, WithoutThePlansFiguresItSaysSo) {
    HandoffRequest request = fromPlan(400, 100);
    request.commitments.required = {};  // the plan could not be made
    EXPECT_EQ(fields(handoff(request).errors), (std::vector<std::string>{"commitments.required:missing"}));
    request = fromPlan(400, 100);
    request.commitments.months = {"2027-13"};
    request.commitments.perMonth = {{1}, {0.5}, {0}};
    EXPECT_EQ(fields(handoff(request).errors),
              (std::vector<std::string>{"commitments.months[0]:bad_month", "commitments.perMonth[1][0]:not_whole"}));
}

TEST(Handoff, TheStagesAreFoundByTheirNames) {
    // Lead, MQL, SQL, Opportunity, Customer: marketing commits to MQLs and SQLs, not to leads or opportunities.
    HandoffRequest request = fromPlan(0, 0);
    request.commitments.stages = {"Lead", "MQLs", "sql", "Opportunity", "Kunde"};
    request.commitments.required = {1600, 400, 100, 60, 50};
    HandoffResult result = handoff(request);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.topStage, 1u);
    EXPECT_EQ(result.handoffStage, 2u);
    EXPECT_EQ(result.commitments[0].top, 400u);
    // Names without the words: the top and the stage above the bottom.
    request.commitments.stages = {"Anfrage", "Interessent", "Angebot", "Auftrag", "Kunde"};
    result = handoff(request);
    EXPECT_EQ(result.topStage, 0u);
    EXPECT_EQ(result.handoffStage, 3u);
    EXPECT_EQ(result.commitments[0].handoff, 60u);
}

TEST(Handoff, TheAnswerAsThePageReadsIt) {
    const Value answer = handoffValue(testing::fromJson(nlohmann::json::parse(R"({
        "locale": "de",
        "criteria": [{"name": "Branche passt", "group": "fit", "points": 30, "met": true},
                     {"name": "Preisseite besucht", "group": "behaviour", "points": 20, "met": true},
                     {"name": "Student", "group": "fit", "points": -50, "met": false}],
        "thresholds": {"mql": 40, "sql": 70, "sqlMinFit": 30},
        "commitments": {"stages": ["MQL", "SQL", "Kunde"], "required": [400, 100, 50], "periodMonths": 1},
        "capacity": {"perPerson": 40, "hoursPerSql": 2.5, "team": 2},
        "levels": {"responseHours": 24, "demoResponseHours": 4, "attempts": 5, "attemptDays": 10,
                   "feedbackDays": 5, "termMonths": 12}})")));
    ASSERT_TRUE(answer.find("ok")->boolean);
    const Value& score = *answer.find("score");
    EXPECT_EQ(score.find("total")->number, 50);
    EXPECT_EQ(score.find("stage")->string, "mql");
    EXPECT_EQ(score.find("decisive")->items.size(), 2u);  // without either, 30 or 20: below 40
    const Value& capacity = *answer.find("capacity");
    EXPECT_EQ(capacity.find("people")->number, 3);
    EXPECT_EQ(capacity.find("shortBy")->number, 1);
    EXPECT_EQ(capacity.find("hours")->number, 250);
    EXPECT_TRUE(answer.find("commitments")->items[0].find("month")->is(Value::Kind::null));
    // An emptied field and a value that is no object: errors at their paths, never a crash.
    const Value empty = handoffValue(testing::fromJson(nlohmann::json::parse(
        R"({"locale": "de", "criteria": [{"name": "A", "points": null}], "thresholds": {"mql": 1, "sql": 2}})")));
    ASSERT_FALSE(empty.find("ok")->boolean);
    EXPECT_EQ(empty.find("errors")->items[0].find("field")->string, "levels.responseHours");
    EXPECT_FALSE(handoffValue(Value::of(7.0)).find("ok")->boolean);
}

TEST(Handoff, AThresholdNobodyReachesAndASlowerDemoAreHinted) {
    // The defaults' positive points: fit 15 + 15 + 20 + 10 + 10 = 70, behaviour 20 + 10 + 30 + 10 + 10 + 5 = 85.
    HandoffRequest request = fromPlan(400, 100);
    request.scoring.sqlScore = 156;  // one more than all 155
    request.scoring.sqlMinFit = 70;  // exactly all fit points: reachable
    request.levels.demoResponseHours = 48;
    HandoffResult result = handoff(request);
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.hints.size(), 2u);
    EXPECT_EQ(result.hints[0].field, "thresholds.sql");
    EXPECT_EQ(slipMessage(result.hints[0], Locale::de),
              "Mit diesen Kriterien erreicht kein Lead mehr als 155 Punkte: Diese Schwelle erreicht niemand.");
    EXPECT_EQ(result.hints[1].field, "levels.demoResponseHours");
    EXPECT_EQ(slipMessage(result.hints[1], Locale::en),
              "A demo request is more urgent than other leads but gets a slower response here (48 instead of 24 "
              "hours). Swapped?");
    EXPECT_EQ(result.hints[1].fix, 24);
    request.scoring.sqlScore = 155;
    request.scoring.sqlMinFit = 71;
    request.levels.demoResponseHours = 24;  // as fast as any lead: no slip
    result = handoff(request);
    ASSERT_EQ(result.hints.size(), 1u);
    EXPECT_EQ(result.hints[0].field, "thresholds.sqlMinFit");
}

TEST(Handoff, DefaultsInTheRequestsLanguage) {
    const Value de = handoffDefaultsValue(Value::of("de"));
    EXPECT_EQ(de.find("criteria")->items.size(), 13u);
    EXPECT_EQ(de.find("thresholds")->find("sqlMinFit")->number, 30);
    EXPECT_EQ(de.find("capacity")->find("perPerson")->number, 40);
    EXPECT_EQ(de.find("levels")->find("responseHours")->number, 24);  // the issue's 24 hours, 4 for a demo
    EXPECT_EQ(de.find("levels")->find("demoResponseHours")->number, 4);
    const Value en = handoffDefaultsValue(Value::of("en"));
    EXPECT_NE(de.find("criteria")->items[0].find("name")->string, en.find("criteria")->items[0].find("name")->string);
}

}  // namespace
}  // namespace funnel
