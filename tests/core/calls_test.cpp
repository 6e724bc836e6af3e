// The list of calls (src/calls.h) that the binding and guard.js are built from.
#include "calls.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "json_value.h"
#include "wire.h"

using funnel::Value;

TEST(Calls, NameEachCallOnceWithItsArity) {
    std::set<std::string> names;
    for (std::size_t i = 0; i < funnel::callCount(); ++i) names.insert(std::string(funnel::calls()[i].name));
    EXPECT_EQ(names.size(), funnel::callCount());
    const Value table = funnel::callTable();
    ASSERT_EQ(table.items.size(), funnel::callCount());
    EXPECT_EQ(table.items[0].items[0].string, "plan");
    EXPECT_EQ(table.items[0].items[1].number, 1);
}

// Through the list, as the binding calls it: the arguments as one list.
TEST(Calls, AnswerThroughTheWireAsTheApiDoes) {
    const auto answerOf = [](std::string_view name, Value arguments) {
        for (std::size_t i = 0; i < funnel::callCount(); ++i) {
            if (funnel::calls()[i].name != name) continue;
            std::string out;
            funnel::calls()[i].answer(arguments, out);
            return funnel::readWire(out);
        }
        return Value{};
    };
    const Value plan =
        answerOf("plan", Value::array().push(funnel::testing::fromJson(nlohmann::json::parse(
                             R"({"goal": {"customers": 50}, "conversions": [{"rate": 0.25}, {"rate": 0.5}]})"))));
    EXPECT_EQ(plan.find("stages")->items[0].find("required")->number, 400);
    const Value parsed = answerOf("parseNumber", Value::array().push(Value::of("1.234,5")).push(Value::of("de")));
    EXPECT_EQ(parsed.find("value")->number, 1234.5);
    EXPECT_EQ(
        answerOf("formatNumber", Value::array().push(Value::of(1234.5)).push(Value::of("de")).push(Value::of("exact")))
            .string,
        "1.234,5");
    // Arguments that are no list read as missing: an answer with errors, never a crash.
    EXPECT_FALSE(answerOf("plan", Value::of(7.0)).find("ok")->boolean);
}
