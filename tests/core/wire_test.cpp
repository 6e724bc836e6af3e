#include "wire.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <set>
#include <string>

#include "api.h"
#include "json_value.h"

using funnel::AnswerKey;
using funnel::readWire;
using funnel::Value;
using funnel::WireWriter;
using funnel::writeWire;

namespace {

std::string bytesOf(std::initializer_list<int> bytes) {
    std::string out;
    for (int byte : bytes) out += static_cast<char>(byte);
    return out;
}

std::string wire(const Value& value) {
    std::string out;
    writeWire(value, out);
    return out;
}

std::uint64_t bitsOf(double number) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &number, sizeof bits);
    return bits;
}

// Structural equality; numbers by their bits, so -0 and NaN count too.
bool same(const Value& a, const Value& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case Value::Kind::undefined:
        case Value::Kind::null:
            return true;
        case Value::Kind::boolean:
            return a.boolean == b.boolean;
        case Value::Kind::number:
            return bitsOf(a.number) == bitsOf(b.number);
        case Value::Kind::string:
            return a.string == b.string;
        case Value::Kind::too_long:
            return a.number == b.number;
        case Value::Kind::array:
            if (a.items.size() != b.items.size()) return false;
            for (std::size_t i = 0; i < a.items.size(); ++i) {
                if (!same(a.items[i], b.items[i])) return false;
            }
            return true;
        case Value::Kind::object:
            if (a.members.size() != b.members.size()) return false;
            for (std::size_t i = 0; i < a.members.size(); ++i) {
                if (a.members[i].key != b.members[i].key || !same(a.members[i].value, b.members[i].value)) return false;
            }
            return true;
    }
    return false;
}

Value nested(int depth) {
    Value value = Value::object();
    for (int i = 0; i < depth; ++i) {
        Value outer = Value::object();
        outer.set("x", std::move(value));
        value = std::move(outer);
    }
    return value;
}

}  // namespace

// The layout guard.js writes and reads, spelled out byte by byte.
TEST(Wire, WritesTheDocumentedLayout) {
    Value value = Value::object();
    value.set("a", Value::array().push(Value::of(1.0)).push(Value::of(true)));
    EXPECT_EQ(wire(value), bytesOf({7, 1, 0, 0, 0,                      // object, 1 member
                                    1, 0, 0, 0, 'a',                    // key "a"
                                    6, 2, 0, 0, 0,                      // array, 2 items
                                    4, 0, 0, 0, 0,   0, 0, 0xF0, 0x3F,  // 1.0
                                    3}));                               // true
    EXPECT_EQ(wire(Value{}), bytesOf({0}));
    EXPECT_EQ(wire(Value::null()), bytesOf({1}));
    EXPECT_EQ(wire(Value::of(false)), bytesOf({2}));
    EXPECT_EQ(wire(Value::of("ü")), bytesOf({5, 2, 0, 0, 0, 0xC3, 0xBC}));
}

TEST(Wire, ReadsBackEveryKindOfValue) {
    Value value = Value::object();
    value.set("stages",
              Value::array().push(Value::of("MQL")).push(Value::of("Kunde – Größe 🙂")).push(Value::of("")));
    value.set("goal", Value::object().set("customers", Value::of(50.0)));
    value.set("flags", Value::array().push(Value::of(true)).push(Value::of(false)).push(Value::null()).push(Value{}));
    value.set("empty", Value::object());
    EXPECT_TRUE(same(readWire(wire(value)), value));
}

TEST(Wire, KeepsEveryBitOfANumber) {
    const double numbers[] = {0.0,
                              -0.0,
                              0.1,
                              5e-324,
                              std::numeric_limits<double>::max(),
                              9007199254740993.0,
                              std::numeric_limits<double>::infinity(),
                              -std::numeric_limits<double>::infinity(),
                              std::numeric_limits<double>::quiet_NaN()};
    for (double number : numbers) {
        const Value back = readWire(wire(Value::of(number)));
        ASSERT_TRUE(back.is(Value::Kind::number));
        EXPECT_EQ(bitsOf(back.number), bitsOf(number)) << number;
    }
}

TEST(Wire, ReadsAnyCutShortBufferAsUndefined) {
    Value value = Value::object();
    value.set("conversions", Value::array().push(Value::object().set("fromCount", Value::of(4000.0))));
    value.set("name", Value::of("SQL"));
    const std::string whole = wire(value);
    for (std::size_t size = 0; size < whole.size(); ++size) {
        EXPECT_TRUE(readWire(std::string_view(whole).substr(0, size)).is(Value::Kind::undefined)) << size;
    }
    EXPECT_TRUE(same(readWire(whole), value));
}

TEST(Wire, ReadsWhatNoWriterWritesAsUndefined) {
    EXPECT_TRUE(readWire(bytesOf({10})).is(Value::Kind::undefined));  // no such tag
    EXPECT_TRUE(readWire(bytesOf({5, 0xFF, 0xFF, 0xFF, 0xFF, 'a'}))
                    .is(Value::Kind::undefined));  // string longer than the buffer
    EXPECT_TRUE(readWire(bytesOf({6, 0xA1, 0x86, 0x01, 0})).is(Value::Kind::undefined));  // 100,001 items
    EXPECT_TRUE(readWire(bytesOf({6, 1, 0, 0, 0, 1, 1})).is(Value::Kind::undefined));     // a byte left over
}

// Lists as long as an import needs: 100,000 entries travel; a longer list
// travels as tag 9 with its count and reads as too_long, never cut short.
TEST(Wire, CarriesAHundredThousandEntriesAndNamesALongerListTooLong) {
    std::string most = bytesOf({6, 0xA0, 0x86, 0x01, 0});  // 100,000 items
    most.append(100000, static_cast<char>(1));
    EXPECT_EQ(readWire(most).items.size(), 100000u);
    const Value longer = readWire(bytesOf({9, 0xA1, 0x86, 0x01, 0}));
    ASSERT_TRUE(longer.is(Value::Kind::too_long));
    EXPECT_EQ(longer.number, 100001);
    const Value inside = Value::object().set("rows", Value::tooLong(250000));
    EXPECT_TRUE(same(readWire(wire(inside)), inside));
}

// guard.js writes the argument list, six levels of a request, and anything
// deeper as tag 9: that reads; deeper content does not.
TEST(Wire, StopsAtSevenLevels) {
    EXPECT_TRUE(same(readWire(wire(nested(7))), nested(7)));
    EXPECT_TRUE(readWire(wire(nested(8))).is(Value::Kind::undefined));
}

// How the core writes its answers: an object's keys as their AnswerKey index.
TEST(Wire, WritesAnAnswerObjectWithKeyIndices) {
    std::string out = "x";  // appends
    {
        WireWriter writer(out);
        writer.object();
        writer.key(AnswerKey::ok);
        writer.boolean(true);
        writer.key(AnswerKey::stages);
        writer.array();
        writer.text("SQL");
        writer.null();
        writer.close();
        writer.close();
    }
    const int ok = static_cast<int>(AnswerKey::ok);
    const int stages = static_cast<int>(AnswerKey::stages);
    // clang-format off
    EXPECT_EQ(out, bytesOf({'x',
                            8, 2, 0, 0, 0,                 // answer object, 2 entries
                            ok, 3,                         // ok: true
                            stages, 6, 2, 0, 0, 0,         // stages: array, 2 items
                            5, 3, 0, 0, 0, 'S', 'Q', 'L',  // "SQL"
                            1}));                          // null
    // clang-format on
    const Value expected = Value::object()
                               .set("ok", Value::of(true))
                               .set("stages", Value::array().push(Value::of("SQL")).push(Value::null()));
    EXPECT_TRUE(same(readWire(out.substr(1)), expected));
}

TEST(Wire, ReadsAnAnswerKeyBeyondTheTableAsUndefined) {
    const auto beyond = static_cast<int>(funnel::kAnswerKeyCount);
    EXPECT_TRUE(readWire(bytesOf({8, 1, 0, 0, 0, beyond, 1})).is(Value::Kind::undefined));
    EXPECT_TRUE(readWire(bytesOf({8, 1, 0, 0, 0, beyond - 1, 1})).is(Value::Kind::object));
}

// guard.js names an answer's keys by their index in this table alone.
TEST(Wire, AnswerKeysHaveDistinctNames) {
    std::set<std::string_view> names;
    for (std::size_t key = 0; key < funnel::kAnswerKeyCount; ++key) {
        const std::string_view name = funnel::keyName(static_cast<AnswerKey>(key));
        EXPECT_FALSE(name.empty());
        EXPECT_NE(name, "__proto__");  // guard.js sets these as plain properties
        names.insert(name);
    }
    EXPECT_EQ(names.size(), funnel::kAnswerKeyCount);
    EXPECT_EQ(funnel::keyName(AnswerKey::ok), "ok");
    EXPECT_EQ(funnel::keyName(AnswerKey::percent), "percent");
}

// The wasm binding's answers (written straight to the wire) and the native
// API's (built as a tree) come from one writer: they must be the same tree.
TEST(Wire, AnswersOnTheWireReadAsTheNativeAnswers) {
    std::ifstream file(FUNNEL_GOLDEN_DIR "/plans.json");
    const auto cases = nlohmann::json::parse(file)["cases"];
    ASSERT_GE(cases.size(), 10u);
    for (const auto& row : cases) {
        const Value input = funnel::testing::fromJson(row["input"]);
        std::string out;
        funnel::writePlanWire(input, out);
        EXPECT_TRUE(same(readWire(out), funnel::planValue(input))) << row["name"];
    }
    const char* forecasts[] = {
        R"({"conversions": [{"fromCount": 4000, "toCount": 1000}, {"fromCount": 1000, "toCount": 500}],
            "volume": {"stage": "MQL", "count": 300}})",
        R"({"conversions": [{"rate": 0.25}], "volume": {"stage": "Nowhere", "count": 300}, "locale": "de"})",
        R"([1, 2])",
    };
    for (const char* json : forecasts) {
        const Value input = funnel::testing::fromJson(nlohmann::json::parse(json));
        std::string out;
        funnel::writeForecastWire(input, out);
        const Value native = funnel::forecastValue(input);
        EXPECT_TRUE(same(readWire(out), native)) << json;
    }
}
