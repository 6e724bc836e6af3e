#include "share_link.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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

TEST(ShareLink, KeepsTheReadablePartOfATruncatedLink) {
    // Cut off inside the last rate: "r0." is no number, so the funnel falls back whole.
    const Value read = readShareLink("#fp1&g=50&p=1&s=MQL,SQL,Customer&c=4000:1000,r0.");
    EXPECT_EQ(firstDifference(*read.find("state"),
                              nlohmann::json::parse(R"({"goal": {"customers": 50}, "periodMonths": 1})")),
              "");
    EXPECT_EQ(noticesOf(read), nlohmann::json::parse(R"(["conversions", "stages"])"));
}

TEST(ShareLink, ReportsEachUnreadablePartAndIgnoresUnknownKeys) {
    const Value read = readShareLink("#fp1&g=fifty&h=12&l=fr&v=x&cf=0.9e&future=1&vol=3@&p=1e5000&=&&x");
    EXPECT_EQ(firstDifference(*read.find("state"), nlohmann::json::parse(R"({"historyMonths": 12})")), "");
    EXPECT_EQ(noticesOf(read),
              nlohmann::json::parse(R"(["goal.customers", "lang", "view", "confidence", "volume", "periodMonths"])"));
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

TEST(ShareLink, RefusesBrokenEscapesAndInvalidUtf8InNames) {
    for (const char* fragment : {"#fp1&s=A%2,B&c=r1", "#fp1&s=A%FF,B&c=r1", "#fp1&s=%C0%AF,B&c=r1",
                                 "#fp1&s=%ED%A0%80,B&c=r1", "#fp1&s=,B&c=r1", "#fp1&s=A&c="}) {
        const Value read = readShareLink(fragment);
        EXPECT_EQ(read.find("state")->find("stages"), nullptr) << fragment;
        EXPECT_FALSE(read.find("notices")->items.empty()) << fragment;
    }
}

TEST(ShareLink, NeedsStagesAndConversionsThatFitEachOther) {
    EXPECT_EQ(noticesOf(readShareLink("#fp1&s=A,B,C&c=r0.5")), nlohmann::json::parse(R"(["stages"])"));
    EXPECT_EQ(noticesOf(readShareLink("#fp1&c=r0.5,r0.5")), nlohmann::json::parse(R"(["stages"])"));
    EXPECT_EQ(noticesOf(readShareLink("#fp1&g=5&rv=100")), nlohmann::json::parse(R"(["goal"])"));
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
    for (double number : {0.1, 1.0 / 3, 123.456, 1e-300, 1.7976931348623157e308}) {
        const Value read = readShareLink(write(number));
        EXPECT_EQ(read.find("state")->find("historyMonths")->number, number);
    }
}

TEST(ShareLink, AConversionThatCannotBeWrittenKeepsItsPlace) {
    // An unreadable count is left empty, so the list still lines up with the stages.
    const Value state = fromJson(nlohmann::json::parse(
        R"({"stages": ["A", "B", "C"], "conversions": [{"fromCount": null, "toCount": 5}, {"rate": 0.5}]})"));
    EXPECT_EQ(writeShareLink(state), "fp1&s=A,B,C&c=,r0.5");
}
