#include "api.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <functional>

#include "json_value.h"

using funnel::Value;
using funnel::testing::firstDifference;
using funnel::testing::fromJson;

namespace {

nlohmann::json goldenCases() {
    std::ifstream file(FUNNEL_GOLDEN_DIR "/plans.json");
    return nlohmann::json::parse(file)["cases"];
}

}  // namespace

TEST(Api, ReproducesEveryCaseOfTheGoldenTable) {
    const auto cases = goldenCases();
    ASSERT_GE(cases.size(), 10u);
    for (const auto& row : cases) {
        const Value output = funnel::planValue(fromJson(row["input"]));
        EXPECT_EQ(firstDifference(output, row["expect"]), "") << row["name"];
    }
}

TEST(Api, ErrorsCarryFieldCodeAndMessage) {
    const Value output = funnel::planValue(fromJson(nlohmann::json::parse(R"({"goal": {"customers": -1},
        "conversions": [{"rate": 0.5}, {"rate": 0.5}]})")));
    const auto expected = nlohmann::json::parse(R"({"ok": false, "errors": [
        {"field": "goal.customers", "code": "not_positive", "message": "Please enter a number greater than 0."}]})");
    EXPECT_EQ(firstDifference(output, expected), "");
}

// The page sends a cleared field as a key without a value: one message, on that field.
TEST(Api, AnEmptyFieldIsMissingOnThatFieldOnly) {
    const auto errorsOf = [](const char* json) {
        std::vector<std::string> list;
        const Value answer = funnel::planValue(fromJson(nlohmann::json::parse(json)));
        if (answer.find("ok")->boolean) return list;
        for (const Value& error : answer.find("errors")->items) {
            list.push_back(error.find("field")->string + ":" + error.find("code")->string);
        }
        return list;
    };
    using List = std::vector<std::string>;
    EXPECT_EQ(errorsOf(R"({"goal": {"customers": null}, "conversions": [{"rate": 0.5}, {"rate": 0.5}]})"),
              (List{"goal.customers:missing"}));
    EXPECT_EQ(
        errorsOf(R"({"goal": {"revenue": null, "dealValue": null}, "conversions": [{"rate": 0.5}, {"rate": 0.5}]})"),
        (List{"goal.revenue:missing", "goal.dealValue:missing"}));
    EXPECT_EQ(
        errorsOf(R"({"goal": {"customers": 5},
                           "conversions": [{"fromCount": null, "toCount": null}, {"rate": null}]})"),
        (List{"conversions[0].fromCount:missing", "conversions[0].toCount:missing", "conversions[1].rate:missing"}));
    // Values of both kinds, or of none, are still a question of kind.
    EXPECT_EQ(errorsOf(R"({"goal": {"customers": 5, "revenue": 10}, "conversions": [{"rate": 0.5}, {"rate": 0.5}]})"),
              (List{"goal:goal_kind"}));
    EXPECT_EQ(errorsOf(R"({"goal": {}, "conversions": [{"rate": 0.5}, {}]})"),
              (List{"goal:goal_kind", "conversions[1]:conversion_kind"}));
    // A value of one kind decides over an empty key of the other.
    EXPECT_EQ(
        errorsOf(
            R"({"goal": {"customers": 5, "revenue": null}, "conversions": [{"rate": 0.5, "fromCount": null}, {"rate": 0.5}]})"),
        (List{}));
}

// Issue 13: what the binding could not copy (too long, too deep) is an error
// at its own path, never a plan from what a cut would have left.
TEST(Api, APartTooLongToCopyIsAnErrorAtItsPath) {
    Value input = fromJson(nlohmann::json::parse(
        R"({"goal": {"customers": 50}, "conversions": [{"rate": 0.5}, {"rate": 0.5}], "locale": "de"})"));
    input.set("stages", Value::tooLong(100001));
    const Value answer = funnel::planValue(input);
    ASSERT_FALSE(answer.find("ok")->boolean);
    ASSERT_EQ(answer.find("errors")->items.size(), 1u);
    const Value& error = answer.find("errors")->items[0];
    EXPECT_EQ(error.find("field")->string, "stages");
    EXPECT_EQ(error.find("code")->string, "too_long");
    EXPECT_EQ(error.find("message")->string, "Zu viele Einträge (höchstens 100.000) oder zu tief verschachtelt.");

    Value deep = fromJson(nlohmann::json::parse(R"({"stages": ["MQL", "SQL", "Kunde"], "volume": {"stage": 0}})"));
    deep.set("conversions", Value::array().push(Value::object().set("rate", Value::tooLong(3))));
    const Value forecast = funnel::forecastValue(deep);
    ASSERT_FALSE(forecast.find("ok")->boolean);
    EXPECT_EQ(forecast.find("errors")->items[0].find("field")->string, "conversions[0].rate");

    // The writers answer with text only: none at all, rather than a part of it.
    EXPECT_EQ(funnel::writeCsvValue(Value::object().set("rows", Value::tooLong(100001))).string, "");
}

TEST(Api, NeverReturnsNaNOrInfinityForHostileNumbers) {
    // Start from a valid plan with counts and history, and change one field at a time,
    // so that extreme but valid values do reach the arithmetic.
    const auto valid = nlohmann::json::parse(R"({"goal": {"customers": 50}, "historyMonths": 12, "periodMonths": 1,
        "conversions": [{"fromCount": 4000, "toCount": 1000}, {"fromCount": 1000, "toCount": 500}]})");
    const char* fields[] = {"/goal/customers",          "/historyMonths",         "/periodMonths",
                            "/conversions/0/fromCount", "/conversions/0/toCount", "/conversions/1/fromCount",
                            "/conversions/1/toCount"};
    const double hostile[] = {std::nan(""), HUGE_VAL, -HUGE_VAL, 0,      -0.0,
                              1e308,        5e-324,   -1,        1e-306, 9007199254740991.0};
    int validPlans = 0;
    for (const char* field : fields) {
        for (double number : hostile) {
            Value input = fromJson(valid);
            // Replace one number by walking the JSON pointer through the Value tree.
            Value* target = &input;
            std::string path = field;
            for (std::size_t at = 1; at <= path.size();) {
                const std::size_t next = std::min(path.find('/', at), path.size());
                const std::string key = path.substr(at, next - at);
                target = target->is(Value::Kind::array) ? &target->items[std::stoul(key)]
                                                        : const_cast<Value*>(target->find(key));
                at = next + 1;
            }
            *target = Value::of(number);
            const Value output = funnel::planValue(input);
            validPlans += output.find("ok")->boolean;
            std::function<void(const Value&)> visit = [&](const Value& value) {
                if (value.is(Value::Kind::number)) EXPECT_TRUE(std::isfinite(value.number)) << field << " = " << number;
                for (const auto& item : value.items) visit(item);
                for (const auto& member : value.members) visit(member.value);
            };
            visit(output);
        }
    }
    EXPECT_GE(validPlans, 5);  // the sweep did reach real plans, not only errors
}

TEST(Api, ParseNumberAnswersInThePageLanguage) {
    const Value ok = funnel::parseNumberValue(Value::of("1.000,5"), Value::of("de"));
    EXPECT_EQ(firstDifference(ok, nlohmann::json::parse(R"({"ok": true, "value": 1000.5, "percent": false})")), "");
    const Value refused = funnel::parseNumberValue(Value::of("1,2,3"), Value::of("de"));
    EXPECT_EQ(firstDifference(refused, nlohmann::json::parse(R"({"ok": false, "code": "misplaced_separator"})")), "");
    EXPECT_EQ(refused.find("message")->string.rfind("Ein Trennzeichen", 0), 0u);
    const Value notText = funnel::parseNumberValue(Value::of(5.0), Value::of("en"));
    EXPECT_EQ(firstDifference(notText, nlohmann::json::parse(R"({"ok": false, "code": "not_text"})")), "");
}

TEST(Api, ParsePercentReadsAPlainNumberAsPercent) {
    const Value output = funnel::parsePercentValue(Value::of("7"), Value::of("de"));
    EXPECT_EQ(firstDifference(output, nlohmann::json::parse(R"({"ok": true, "value": 0.07, "percent": false})")), "");
}

// Issue 15: schedule() and pace() answer in the shape the page will draw.
TEST(Api, ScheduleAnswersMonthsLeadMonthsAndStages) {
    const Value output = funnel::scheduleValue(fromJson(nlohmann::json::parse(R"({
        "conversions": [{"fromCount": 4000, "toCount": 1000}, {"fromCount": 1000, "toCount": 500}],
        "start": "2027-03", "months": 2, "goal": {"customers": 50}, "lagDays": [0, 30]})")));
    const auto expected =
        nlohmann::json::parse(R"({"ok": true, "months": ["2027-02", "2027-03", "2027-04"], "leadMonths": 1,
        "stages": [{"name": "MQL", "perMonth": [400, 400, 0], "total": 800},
                   {"name": "SQL", "perMonth": [100, 100, 0], "total": 200},
                   {"name": "Customer", "perMonth": [0, 50, 50], "total": 100}],
        "customers": [0, 50, 50], "warnings": []})");
    EXPECT_EQ(firstDifference(output, expected), "");
    const Value errors = funnel::scheduleValue(fromJson(nlohmann::json::parse(R"({"locale": "de",
        "conversions": [{"rate": 0.25}, {"rate": 0.5}], "start": "März", "months": 40, "goal": {"customers": 50},
        "lagDays": [0, -3]})")));
    const auto expectedErrors = nlohmann::json::parse(R"({"ok": false, "errors": [
        {"field": "start", "code": "bad_month", "message": "Bitte einen Monat wie 2027-03 angeben."},
        {"field": "months", "code": "horizon_range", "message": "Ein Zeitplan umfasst 1 bis 36 Monate."},
        {"field": "lagDays[1]", "code": "lag_range", "message": "Bitte 0 bis 1.095 Tage (drei Jahre) angeben."}]})");
    EXPECT_EQ(firstDifference(errors, expectedErrors), "");
}

TEST(Api, PaceAnswersWorkingDaysAndEachStage) {
    const Value output = funnel::paceValue(fromJson(nlohmann::json::parse(R"({"month": "2027-03", "asOf": "2027-03-17",
        "targets": [400, 100, 50], "actual": [250, 55, 20], "holidays": "de-BY"})")));
    const auto expected = nlohmann::json::parse(R"({"ok": true, "elapsed": 13, "total": 21, "remaining": 8,
        "holidays": ["2027-03-26", "2027-03-29"]})");
    EXPECT_EQ(firstDifference(output, expected), "");  // the keys it names; the stages are pace_test's
    const Value* stages = output.find("stages");
    ASSERT_TRUE(stages);
    ASSERT_EQ(stages->items.size(), 3u);
    EXPECT_EQ(stages->items[2].find("onTrack")->boolean, false);
    EXPECT_EQ(stages->items[0].find("neededPerDay")->number, 150.0 / 8);
}
