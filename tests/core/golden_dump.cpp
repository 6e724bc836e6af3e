// Writes the native core's answers to every golden case as JSON (numbers with
// 17 significant digits), so tests/node/consistency.test.mjs can hold the wasm
// build to them. Each case is also asked with confidence 0.9 when it has none,
// to compare the confidence plan too.
//   golden_dump <plans.json> <out.json>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "api.h"
#include "json_value.h"

namespace {

nlohmann::json toJson(const funnel::Value& value) {
    using Kind = funnel::Value::Kind;
    switch (value.kind) {
        case Kind::number:
            return value.number;
        case Kind::string:
            return value.string;
        case Kind::boolean:
            return value.boolean;
        case Kind::array: {
            auto list = nlohmann::json::array();
            for (const auto& item : value.items) list.push_back(toJson(item));
            return list;
        }
        case Kind::object: {
            auto object = nlohmann::json::object();
            for (const auto& member : value.members) object[member.key] = toJson(member.value);
            return object;
        }
        default:
            return nullptr;
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: golden_dump <plans.json> <out.json>\n";
        return 2;
    }
    std::ifstream file(argv[1]);
    const auto golden = nlohmann::json::parse(file);
    auto answers = nlohmann::json::array();
    for (const auto& row : golden["cases"]) {
        funnel::Value input = funnel::testing::fromJson(row["input"]);
        if (input.is(funnel::Value::Kind::object) && !input.find("confidence"))
            input.set("confidence", funnel::Value::of(0.9));
        answers.push_back(toJson(funnel::planValue(input)));
    }
    std::ofstream(argv[2]) << answers.dump() << "\n";
}
