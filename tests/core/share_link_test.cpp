#include "share_link.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "calendar.h"
#include "json_value.h"

using funnel::readShareLink;
using funnel::Value;
using funnel::writeShareLink;
using funnel::testing::firstDifference;
using funnel::testing::fromJson;

namespace {

nlohmann::json noticesOf(const Value& read) {
    nlohmann::json list = nlohmann::json::array();
    for (const Value& notice : read.find("notices")->items) list.push_back(notice.find("field")->string);
    return list;
}

const char* kFullState = R"({
    "view": "plan", "lang": "de",
    "goal": {"customers": 50}, "periodMonths": 3,
    "stages": ["Lead", "MQL, \"qualifiziert\"", "Kundengespräch ✓", "Kunde"],
    "conversions": [{"fromCount": 4000, "toCount": 1000}, {"rate": 0.07}, {"fromCount": 1000, "toCount": 500}],
    "historyMonths": 12.5, "confidence": 0.9, "volume": {"stage": 1, "count": 300}})";

}  // namespace

TEST(ShareLink, WritesACompactReadableFragment) {
    const Value state = fromJson(nlohmann::json::parse(
        R"({"goal": {"customers": 50}, "stages": ["MQL", "SQL", "Customer"],
            "conversions": [{"fromCount": 4000, "toCount": 1000}, {"rate": 0.5}], "historyMonths": 12})"));
    EXPECT_EQ(writeShareLink(state), "fp1&g=50&s=MQL,SQL,Customer&c=4000:1000,r0.5&h=12");
}

TEST(ShareLink, ReadsBackWhatItWrote) {
    const auto json = nlohmann::json::parse(kFullState);
    const Value read = readShareLink("#" + writeShareLink(fromJson(json)));
    EXPECT_TRUE(read.find("ok")->boolean);
    EXPECT_EQ(firstDifference(*read.find("state"), json), "");
    EXPECT_TRUE(read.find("notices")->items.empty());
}

TEST(ShareLink, ARevenueGoalRoundTrips) {
    const auto json = nlohmann::json::parse(R"({"goal": {"revenue": 100000.5, "dealValue": 0.35}})");
    const Value read = readShareLink(writeShareLink(fromJson(json)));
    EXPECT_EQ(firstDifference(*read.find("state"), json), "");
}

TEST(ShareLink, IgnoresFragmentsThatAreNotPlannerLinks) {
    for (const char* fragment : {"", "#", "#section-2", "#fp10&g=5", "fp2&g=5", "#g=50"}) {
        EXPECT_FALSE(readShareLink(fragment).find("ok")->boolean) << fragment;
    }
}

// The notices' fields and codes, "field:code".
std::vector<std::string> noticeList(const Value& read) {
    std::vector<std::string> list;
    for (const Value& notice : read.find("notices")->items) {
        list.push_back(notice.find("field")->string + ":" + notice.find("code")->string);
    }
    return list;
}

using Notices = std::vector<std::string>;

std::string stateOf(std::string_view fragment) {
    const Value read = readShareLink(fragment);
    return writeShareLink(*read.find("state"));
}

TEST(ShareLink, KeepsEveryNameAndConversionWhenACountWasCleared) {
    // Clearing the second conversion's to-count once wrote "c=300:100," and the
    // next load dropped every name and conversion. Now the empty field is kept as empty.
    const auto json = nlohmann::json::parse(
        R"({"stages": ["Lead", "MQL", "Kunde"],
            "conversions": [{"fromCount": 300, "toCount": 100}, {"fromCount": 100, "toCount": null}]})");
    const std::string link = writeShareLink(fromJson(json));
    EXPECT_EQ(link, "fp1&s=Lead,MQL,Kunde&c=300:100,100:");
    const Value read = readShareLink(link);
    EXPECT_EQ(firstDifference(*read.find("state"), json), "");
    EXPECT_TRUE(noticeList(read).empty());
}

TEST(ShareLink, KeepsEveryEmptyFieldAsEmpty) {
    const auto json = nlohmann::json::parse(
        R"({"goal": {"revenue": null, "dealValue": 2500}, "historyMonths": null,
            "stages": ["A", "", "C"], "conversions": [{"rate": null}, {"fromCount": null, "toCount": null}],
            "volume": {"stage": 1, "count": null}})");
    const std::string link = writeShareLink(fromJson(json));
    EXPECT_EQ(link, "fp1&rv=&dv=2500&s=A,,C&c=r,:&h=&vol=@1");
    const Value read = readShareLink(link);
    EXPECT_EQ(firstDifference(*read.find("state"), json), "");
    EXPECT_TRUE(noticeList(read).empty());
}

TEST(ShareLink, KeepsTextThatIsNoNumberAsTyped) {
    // A value too large to plan with, or a slip, comes back as typed, so the
    // page shows it with its message instead of losing it.
    const auto json = nlohmann::json::parse(
        R"({"goal": {"customers": "99999999999999999999"}, "historyMonths": "12 Monate",
            "stages": ["A", "B"], "conversions": [{"rate": "25,5 %"}]})");
    const std::string link = writeShareLink(fromJson(json));
    EXPECT_EQ(link, "fp1&g=~99999999999999999999&s=A,B&c=r~25%2C5%20%25&h=~12%20Monate");
    EXPECT_EQ(firstDifference(*readShareLink(link).find("state"), json), "");
    // Text beyond 64 bytes is not kept: the field is written empty.
    const Value longText = Value::object().set("historyMonths", Value::of(std::string(65, '9')));
    EXPECT_EQ(writeShareLink(longText), "fp1&h=");
}

TEST(ShareLink, KeepsTheReadablePartsOfATruncatedLink) {
    // Cut off inside the last rate: that conversion is empty, the rest stands.
    const Value read = readShareLink("#fp1&g=50&p=1&s=MQL,SQL,Customer&c=4000:1000,r0.");
    EXPECT_EQ(firstDifference(*read.find("state"), nlohmann::json::parse(R"({
        "goal": {"customers": 50}, "periodMonths": 1, "stages": ["MQL", "SQL", "Customer"],
        "conversions": [{"fromCount": 4000, "toCount": 1000}, {"rate": null}]})")),
              "");
    EXPECT_EQ(noticeList(read), (Notices{"conversions[1].rate:share_unreadable"}));
}

TEST(ShareLink, ReportsEachUnreadablePartAndIgnoresUnknownKeys) {
    const Value read = readShareLink("#fp1&g=fifty&h=12&l=fr&v=x&cf=0.9e&future=1&vol=3@&p=1e5000&=&&x");
    EXPECT_EQ(firstDifference(*read.find("state"), nlohmann::json::parse(R"({
        "historyMonths": 12, "goal": {"customers": null}, "volume": {"count": 3}})")),
              "");
    EXPECT_EQ(noticeList(read),
              (Notices{"lang:share_unreadable", "view:share_unreadable", "confidence:share_unreadable",
                       "periodMonths:share_unreadable", "goal.customers:share_unreadable"}));
}

TEST(ShareLink, RefusesOversizedLinksWhole) {
    const Value read = readShareLink("#fp1&g=50&s=" + std::string(5000, 'A'));
    EXPECT_TRUE(read.find("state")->members.empty());
    EXPECT_EQ(read.find("notices")->items[0].find("code")->string, "share_too_long");
}

TEST(ShareLink, ScriptInANameIsJustText) {
    const Value read = readShareLink("#fp1&s=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,SQL&c=r0.5");
    ASSERT_TRUE(read.find("notices")->items.empty());
    EXPECT_EQ(read.find("state")->find("stages")->items[0].string, "<img src=x onerror=alert(1)>");
}

TEST(ShareLink, NamesThatAreObjectMembersInJavaScriptAreJustNames) {
    const Value read = readShareLink("#fp1&s=constructor,__proto__,toString,valueOf,hasOwnProperty&c=r1,r1,r1,r1");
    ASSERT_TRUE(noticeList(read).empty());
    std::vector<std::string> names;
    for (const Value& name : read.find("state")->find("stages")->items) names.push_back(name.string);
    EXPECT_EQ(names, (std::vector<std::string>{"constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"}));
}

TEST(ShareLink, AnUnreadableNameIsEmptyAndTheOthersStay) {
    // Broken escapes, ill-formed UTF-8 (a stray byte, an overlong "/", a
    // surrogate), and line breaks, which a text field would silently drop.
    for (const char* broken : {"A%2", "A%FF", "%C0%AF", "%ED%A0%80", "A%0AB", "A%0D"}) {
        const Value read = readShareLink(std::string("#fp1&s=Lead,") + broken + ",Kunde&c=4:2,2:1");
        const Value& stages = *read.find("state")->find("stages");
        ASSERT_EQ(stages.items.size(), 3u) << broken;
        EXPECT_EQ(stages.items[0].string, "Lead") << broken;
        EXPECT_EQ(stages.items[1].string, "") << broken;
        EXPECT_EQ(stages.items[2].string, "Kunde") << broken;
        EXPECT_EQ(read.find("state")->find("conversions")->items.size(), 2u) << broken;
        EXPECT_EQ(noticeList(read), (Notices{"stages[1]:share_unreadable"})) << broken;
    }
}

TEST(ShareLink, StagesAndConversionsThatDoNotFitKeepWhatTheyCan) {
    // More names than conversions: the names decide, the missing conversion is empty.
    EXPECT_EQ(stateOf("#fp1&s=A,B,C&c=r0.5"), "fp1&s=A,B,C&c=r0.5,:");
    EXPECT_EQ(noticeList(readShareLink("#fp1&s=A,B,C&c=r0.5")), (Notices{"conversions:share_unreadable"}));
    // Fewer: the extra conversions go.
    EXPECT_EQ(stateOf("#fp1&s=A,B&c=r0.5,r0.2"), "fp1&s=A,B&c=r0.5");
    // No names: three stages are the default funnel; for other counts there is no name to give.
    EXPECT_EQ(stateOf("#fp1&c=r0.5,r0.5"), "fp1&s=MQL,SQL,Customer&c=r0.5,r0.5");
    EXPECT_TRUE(noticeList(readShareLink("#fp1&c=r0.5,r0.5")).empty());
    EXPECT_EQ(stateOf("#fp1&c=r0.5"), "fp1");
    EXPECT_EQ(noticeList(readShareLink("#fp1&c=r0.5")), (Notices{"conversions:share_unreadable"}));
    // No conversions: the names stay, with empty conversions.
    EXPECT_EQ(stateOf("#fp1&s=A,B,C"), "fp1&s=A,B,C&c=:,:");
    // Nine names and no conversions: nothing fits.
    EXPECT_EQ(stateOf("#fp1&s=1,2,3,4,5,6,7,8,9"), "fp1");
    EXPECT_EQ(noticeList(readShareLink("#fp1&s=1,2,3,4,5,6,7,8,9")),
              (Notices{"stages:share_unreadable", "conversions:share_unreadable"}));
    // A conversion that is no conversion keeps its place, empty.
    EXPECT_EQ(stateOf("#fp1&s=A,B,C&c=abc,r0.5"), "fp1&s=A,B,C&c=:,r0.5");
    EXPECT_EQ(noticeList(readShareLink("#fp1&s=A,B,C&c=abc,r0.5")), (Notices{"conversions[0]:share_unreadable"}));
}

TEST(ShareLink, AGoalIsOfOneKind) {
    // Both kinds without a kind, or a kind that is none: named, and nothing lost
    // nor reset to the example: the customers goal shows, the revenue is kept.
    EXPECT_EQ(noticeList(readShareLink("#fp1&g=5&rv=100")),
              (Notices{"goal:share_unreadable", "goal.dealValue:share_unreadable"}));
    EXPECT_EQ(stateOf("#fp1&g=5&rv=100"), "fp1&gk=customers&g=5&rv=100&dv=");
    EXPECT_EQ(noticeList(readShareLink("#fp1&gk=both&g=5")), (Notices{"goal:share_unreadable"}));
    EXPECT_EQ(stateOf("#fp1&gk=both&g=5"), "fp1&gk=customers&g=5");
    // Half a revenue goal: the other half is empty, and said so.
    EXPECT_EQ(stateOf("#fp1&rv=100"), "fp1&rv=100&dv=");
    EXPECT_EQ(noticeList(readShareLink("#fp1&rv=100")), (Notices{"goal.dealValue:share_unreadable"}));
}

TEST(ShareLink, ValuesThePageCannotShowGetANotice) {
    const std::string funnel = "&s=A,B,C&c=4:2,2:1";
    EXPECT_EQ(noticeList(readShareLink("#fp1&cf=0.99")), (Notices{"confidence:share_unsupported"}));
    EXPECT_EQ(noticeList(readShareLink("#fp1&p=7")), (Notices{"periodMonths:share_unsupported"}));
    EXPECT_EQ(noticeList(readShareLink("#fp1&vol=300@2" + funnel)), (Notices{"volume.stage:share_unsupported"}));
    EXPECT_EQ(noticeList(readShareLink("#fp1&vol=300@0.5" + funnel)), (Notices{"volume.stage:share_unsupported"}));
    EXPECT_TRUE(noticeList(readShareLink("#fp1&vol=300@1" + funnel)).empty());
    // Without a funnel in the link, the default one: three stages.
    EXPECT_EQ(noticeList(readShareLink("#fp1&vol=300@2")), (Notices{"volume.stage:share_unsupported"}));
    // A rate the page would spell "0 %", numbers beyond what it reads or spells.
    EXPECT_EQ(noticeList(readShareLink("#fp1&s=A,B&c=r1e-21")), (Notices{"conversions[0].rate:share_unsupported"}));
    EXPECT_EQ(noticeList(readShareLink("#fp1&g=1e20")), (Notices{"goal.customers:share_unsupported"}));
    EXPECT_EQ(noticeList(readShareLink("#fp1&h=1e-300")), (Notices{"historyMonths:share_unsupported"}));
    // What the page shows as it is, negative numbers and zero included, is kept (and checked there).
    for (const char* fine : {"#fp1&g=-5", "#fp1&g=0", "#fp1&s=A,B&c=r0.0725", "#fp1&s=A,B&c=r1e-9", "#fp1&h=0.5"}) {
        EXPECT_TRUE(noticeList(readShareLink(fine)).empty()) << fine;
    }
    for (const char* choice : {"#fp1&cf=0.8", "#fp1&cf=0.9", "#fp1&cf=0.95", "#fp1&p=1", "#fp1&p=3", "#fp1&p=12"}) {
        EXPECT_TRUE(noticeList(readShareLink(choice)).empty()) << choice;
    }
}

TEST(ShareLink, WritesNumbersPlainlyAndExactly) {
    const auto write = [](double number) {
        return writeShareLink(Value::object().set("historyMonths", Value::of(number)));
    };
    EXPECT_EQ(write(12), "fp1&h=12");
    EXPECT_EQ(write(0.07), "fp1&h=0.07");
    EXPECT_EQ(write(1500000), "fp1&h=1500000");
    EXPECT_EQ(write(1e-7), "fp1&h=0.0000001");
    EXPECT_EQ(write(1e-8), "fp1&h=1e-8");
    EXPECT_EQ(write(1e20), "fp1&h=1e20");
    EXPECT_EQ(write(-2.5), "fp1&h=-2.5");
    EXPECT_EQ(write(9007199254740991.0), "fp1&h=9007199254740991");
    for (double number : {0.1, 1.0 / 3, 123.456, 1e-7, 9007199254740991.0}) {
        const Value read = readShareLink(write(number));
        EXPECT_EQ(read.find("state")->find("historyMonths")->number, number);
    }
}

TEST(ShareLink, AConversionWithAnUnwritableCountKeepsItsPlace) {
    const Value state = fromJson(nlohmann::json::parse(
        R"({"stages": ["A", "B", "C"], "conversions": [{"fromCount": {"$number": "NaN"}, "toCount": 5}, {"rate": 0.5}]})"));
    EXPECT_EQ(writeShareLink(state), "fp1&s=A,B,C&c=:5,r0.5");
}

TEST(ShareLink, KeepsTheOtherModesFieldsForWhenThePersonSwitchesBack) {
    const auto json = nlohmann::json::parse(
        R"({"goal": {"kind": "revenue", "customers": 50, "revenue": 100000, "dealValue": null},
            "stages": ["A", "B", "C"],
            "conversions": [{"mode": "rate", "rate": 0.25, "fromCount": 4000, "toCount": 1000},
                            {"mode": "counts", "fromCount": 1000, "toCount": null, "rate": "50 %"}]})");
    const std::string link = writeShareLink(fromJson(json));
    EXPECT_EQ(link, "fp1&gk=revenue&g=50&rv=100000&dv=&s=A,B,C&c=r0.25/4000:1000,1000:/r~50%20%25");
    const Value read = readShareLink(link);
    EXPECT_EQ(firstDifference(*read.find("state"), json), "");
    EXPECT_TRUE(noticeList(read).empty());
    // The kind decides; a missing half of it is empty, and said so.
    EXPECT_EQ(stateOf("#fp1&gk=customers"), "fp1&gk=customers&g=");
    EXPECT_EQ(noticeList(readShareLink("#fp1&gk=customers")), (Notices{"goal.customers:share_unreadable"}));
    EXPECT_EQ(noticeList(readShareLink("#fp1&gk=both&g=5")), (Notices{"goal:share_unreadable"}));
    // A second part of the same mode is no second mode.
    EXPECT_EQ(stateOf("#fp1&s=A,B&c=r0.5/r0.25"), "fp1&s=A,B&c=r0.5");
    EXPECT_EQ(noticeList(readShareLink("#fp1&s=A,B&c=r0.5/r0.25")), (Notices{"conversions[0]:share_unreadable"}));
}

// Issue 15: the schedule's settings and the pacing's counts travel in the link, each field as typed.
TEST(ShareLink, TheSchedulesSettingsRoundTrip) {
    const auto json = nlohmann::json::parse(R"({
        "view": "schedule", "goal": {"customers": 50},
        "scheduleStart": "2027-03", "scheduleMonths": 24, "seasonality": "custom",
        "weights": [90, 100, 110, null, 100, 100, 85, 80, 110, 110, "elf", 75], "growth": 0.02,
        "lagDays": [30, 45.5], "holidays": "de-by", "paceAsOf": "2027-03-17", "paceActual": [250, null, "~20"]})");
    const std::string link = writeShareLink(fromJson(json));
    EXPECT_NE(link.find("&ss=2027-03&sm=24&sk=custom&sw=90,100,110,,100,100,85,80,110,110,~elf,75&sg=0.02&sl=30,45.5"),
              std::string::npos)
        << link;
    const Value read = readShareLink(link);
    EXPECT_EQ(firstDifference(*read.find("state"), json), "");
    EXPECT_TRUE(read.find("notices")->items.empty());
}

TEST(ShareLink, NamesTheSchedulesPartsItCannotTakeOver) {
    const Value read = readShareLink("#fp1&ss=2027-13&sm=5&sk=tropical&hd=de-xx&pd=2027-02-30&sl=30,x");
    EXPECT_EQ(firstDifference(*read.find("state"), nlohmann::json::parse(R"({"lagDays": [30, null]})")), "");
    EXPECT_EQ(noticeList(read), (Notices{"scheduleStart:share_unreadable", "scheduleMonths:share_unsupported",
                                         "seasonality:share_unreadable", "holidays:share_unsupported",
                                         "paceAsOf:share_unreadable", "lagDays[1]:share_unreadable"}));
}

// Issue 17: the KPI review's months, a row of counts per month (text kept as typed, an empty month empty).
TEST(ShareLink, TheReviewsTableAndSettingsRoundTrip) {
    const auto json = nlohmann::json::parse(R"({
        "view": "review", "reviewFrom": "2026-01", "reviewTo": "2026-04",
        "reviewCounts": [[1000, 250, 125], [], [1100, "zwölf:", null], [900, 180, 90]],
        "reviewAlpha": 0.01, "reviewTargets": "schedule", "reviewBaseline": "plan", "reviewLags": [0, 1]})");
    const std::string link = writeShareLink(fromJson(json));
    EXPECT_NE(link.find("&rf=2026-01&re=2026-04&rc=1000:250:125,,1100:~zw%C3%B6lf%3A:,900:180:90&ra=0.01&rg=schedule"
                        "&rb=plan&rl=0,1"),
              std::string::npos)
        << link;
    const Value read = readShareLink(link);
    EXPECT_EQ(firstDifference(*read.find("state"), json), "");
    EXPECT_TRUE(read.find("notices")->items.empty());
    // A month of empty fields is an empty month, however it is spelled.
    EXPECT_EQ(firstDifference(*readShareLink("#fp1&rc=::,1:").find("state"),
                              nlohmann::json::parse(R"({"reviewCounts": [[], [1, null]]})")),
              "");
    // What cannot be read is named: a cell, a strictness the page does not offer, a month that is none.
    const Value bad = readShareLink("#fp1&rf=2026-13&rc=1:x:2&ra=0.2&rg=crm");
    EXPECT_EQ(noticeList(bad), (Notices{"reviewFrom:share_unreadable", "reviewCounts[0][1]:share_unreadable",
                                        "reviewAlpha:share_unsupported", "reviewTargets:share_unreadable"}));
}

// Issue 18: the channels' names, a row per channel (counts per stage, spend, ceiling) and the budget.
TEST(ShareLink, TheChannelsRoundTrip) {
    const auto state = nlohmann::json::parse(R"({
        "view": "channels", "channelNames": ["LinkedIn", "Website/SEO", "Messe, Köln"], "channelModes": ["counts", "rate", "counts"],
        "channelFields": [[1000, 400, 200, 30000, null], [600, 0.3, 0.61, 15000, 60], []], "budget": 5000})");
    const std::string link = writeShareLink(fromJson(state));
    EXPECT_NE(link.find("&kn=LinkedIn,Website%2FSEO,Messe%2C%20K%C3%B6ln&km=counts,rate,counts&kc=1000:400:200:30000:,"
                        "600:0.3:0.61:15000:60,&kb=5000"),
              std::string::npos)
        << link;
    const Value read = readShareLink(link);
    EXPECT_EQ(firstDifference(*read.find("state"), state), "");
    EXPECT_TRUE(read.find("notices")->items.empty());
}

// Issue 19: the hand-off's criteria (a name may hold anything: ",", ":", "~", umlauts), thresholds, capacity,
// service levels, parties, start and source.
TEST(ShareLink, TheHandoffRoundTrips) {
    const auto state = nlohmann::json::parse(R"({
        "view": "handoff",
        "handoffCriteria": [{"name": "Branche: Maschinenbau, Chemie", "group": "fit", "points": 30},
                            {"name": "Preisseite besucht ~ 2x", "group": "behaviour", "points": null},
                            {"name": "Student", "group": "fit", "points": -50},
                            {"name": "Whitepaper", "group": "behaviour", "points": "zwanzig"}],
        "handoffThresholds": [40, 70, null], "handoffCapacity": [40, 2.5, 3], "handoffLevels": [24, 4, 5, 10, 5, 12],
        "handoffParties": ["Muster GmbH & Co. KG", "Erika Muster", ""], "handoffStart": "2027-01-01",
        "handoffSource": "schedule"})");
    const std::string link = writeShareLink(fromJson(state));
    EXPECT_NE(link.find("&qv=f30:Branche%3A%20Maschinenbau%2C%20Chemie,b:Preisseite%20besucht%20%7E%202x,f-50:Student,"
                        "b~zwanzig:Whitepaper&qt=40,70,&qk=40,2.5,3&ql=24,4,5,10,5,12"),
              std::string::npos)
        << link;
    const Value read = readShareLink(link);
    EXPECT_EQ(firstDifference(*read.find("state"), state), "");
    EXPECT_TRUE(read.find("notices")->items.empty());
}

// Found by the fuzzer: criteria none of which could be read wrote "qv=", which read back as one unreadable.
TEST(ShareLink, NoReadableCriteriaAreNotWritten) {
    const Value read = readShareLink("fp1&qv=f30:Branche%3A%ZZ");
    EXPECT_EQ(read.find("notices")->items.size(), 1u);
    const std::string link = writeShareLink(*read.find("state"));
    EXPECT_EQ(link.find("qv"), std::string::npos) << link;
    EXPECT_TRUE(readShareLink(link).find("notices")->items.empty());
}

TEST(ShareLink, CriteriaTooLongForALinkAreLeftOutAndSaidSo) {
    // 50 criteria of 80 umlauts: 50 x 480 characters encoded, far more than the link's 4096.
    nlohmann::json criteria = nlohmann::json::array();
    std::string name;
    for (int i = 0; i < 80; ++i) name += "ä";
    for (int i = 0; i < 50; ++i) criteria.push_back({{"name", name}, {"group", "fit"}, {"points", 10}});
    const auto state =
        nlohmann::json{{"view", "handoff"}, {"handoffCriteria", criteria}, {"handoffThresholds", {40, 70, 30}}};
    const std::string link = writeShareLink(fromJson(state));
    EXPECT_LE(link.size(), 4096u);
    EXPECT_EQ(link.find("qv="), std::string::npos);
    EXPECT_NE(link.find("&qt=40,70,30"), std::string::npos) << link;
    const Value read = readShareLink(link);
    EXPECT_EQ(read.find("state")->find("handoffCriteria"), nullptr);
    ASSERT_EQ(read.find("notices")->items.size(), 1u);
    EXPECT_EQ(read.find("notices")->items[0].find("field")->string, "handoffCriteria");
    EXPECT_EQ(read.find("notices")->items[0].find("code")->string, "share_left_out");
}

TEST(ShareLink, AnUnreadableCriterionIsNamedAndTheOthersStay) {
    const Value read = readShareLink("fp1&qv=f30:Branche,x10:Wer,b5,b%ZZ:Kaputt,b10:Demo&qs=nirgends");
    const Value& criteria = *read.find("state")->find("handoffCriteria");
    ASSERT_EQ(criteria.items.size(), 3u);  // a criterion whose points cannot be read stays, its points empty
    EXPECT_EQ(criteria.items[1].find("name")->string, "Kaputt");
    EXPECT_TRUE(criteria.items[1].find("points")->is(Value::Kind::null));
    EXPECT_EQ(criteria.items[2].find("name")->string, "Demo");
    std::vector<std::string> fields;
    for (const Value& notice : read.find("notices")->items) fields.push_back(notice.find("field")->string);
    EXPECT_EQ(fields, (std::vector<std::string>{"handoffCriteria[1]", "handoffCriteria[2]", "handoffCriteria[3].points",
                                                "handoffSource"}));
}

// Issue 16: what an import counted travels as counts, never as the file.
TEST(ShareLink, AnImportsCountsRoundTrip) {
    const auto json = nlohmann::json::parse(R"({"imported": {"first": "2026-01",
        "counts": [[1200, 1100, 1000], [300, 250, 200], [150, 120, 100]],
        "channels": [{"name": "Paid Search & Co", "counts": [[1, 2, 3], [0, 1, 1], [0, 0, 1]]}]}})");
    const std::string link = writeShareLink(fromJson(json));
    EXPECT_NE(
        link.find(
            "&im=2026-01&ic=1200:1100:1000,300:250:200,150:120:100&ik=Paid%20Search%20%26%20Co~1:2:3,0:1:1,0:0:1"),
        std::string::npos)
        << link;
    const Value read = readShareLink(link);
    EXPECT_EQ(firstDifference(*read.find("state"), json), "");
    EXPECT_TRUE(read.find("notices")->items.empty());
}

TEST(ShareLink, AnImportLongerThanALinkLeavesOutChannelsThenTheOldestMonthsAndSaysSo) {
    nlohmann::json counts = nlohmann::json::array();
    for (int s = 0; s < 8; ++s) {  // 8 stages of 120 months: 7,700 characters, more than a link holds
        nlohmann::json months = nlohmann::json::array();
        for (int m = 0; m < 120; ++m) months.push_back(1000000 + m);
        counts.push_back(months);
    }
    nlohmann::json channels = nlohmann::json::array();
    for (int c = 0; c < 20; ++c) channels.push_back({{"name", "Kanal " + std::to_string(c)}, {"counts", counts}});
    const auto json = nlohmann::json{{"goal", {{"customers", 50}}},
                                     {"imported", {{"first", "2016-01"}, {"counts", counts}, {"channels", channels}}}};
    const std::string link = writeShareLink(fromJson(json));
    EXPECT_LE(link.size(), 4096u);
    const Value read = readShareLink(link);
    const Value* imported = read.find("state")->find("imported");
    ASSERT_TRUE(imported);
    EXPECT_TRUE(imported->find("channels")->items.empty());
    EXPECT_TRUE(imported->find("cut")->find("channels")->boolean);
    EXPECT_TRUE(imported->find("cut")->find("months")->boolean);
    const Value& mqls = imported->find("counts")->items[0];
    EXPECT_EQ(mqls.items.back().number, 1000119);  // the latest months are the ones kept
    EXPECT_EQ(imported->find("first")->string,
              funnel::monthText(*funnel::parseMonth("2016-01") + static_cast<int>(120 - mqls.items.size())));
    EXPECT_EQ(read.find("state")->find("goal")->find("customers")->number, 50);  // the rest of the link is whole
}

TEST(ShareLink, ImportedCountsThatAreNoneAreNamed) {
    for (const char* fragment :
         {"#fp1&im=2026-13&ic=1:2", "#fp1&im=2026-01&ic=1:2,3", "#fp1&im=2026-01&ic=1:-2", "#fp1&ic=1:2"}) {
        const Value read = readShareLink(fragment);
        EXPECT_FALSE(read.find("state")->find("imported")) << fragment;
        EXPECT_EQ(noticeList(read), (Notices{"imported:share_unreadable"})) << fragment;
    }
}
