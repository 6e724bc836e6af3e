// Google Benchmark of the core's public calls, natively, on the cases in
// cases.json (the wasm build is timed on the same cases by wasm_bench.mjs).
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "api.h"
#include "channels_answer.h"
#include "handoff_answer.h"
#include "import_answer.h"
#include "json_value.h"
#include "review_answer.h"

namespace {

void run(benchmark::State& state, const std::string& call, const funnel::Value& input) {
    for (auto _ : state) {
        funnel::Value output = call == "plan"         ? funnel::planValue(input)
                               : call == "schedule"   ? funnel::scheduleValue(input)
                               : call == "importFile" ? funnel::importValue(input)
                               : call == "review"     ? funnel::reviewValue(input)
                               : call == "channels"   ? funnel::channelsValue(input)
                               : call == "handoff"    ? funnel::handoffValue(input)
                                                      : funnel::forecastValue(input);
        benchmark::DoNotOptimize(output);
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::ifstream file(FUNNEL_BENCH_CASES);
    const auto cases = nlohmann::json::parse(file)["cases"];
    for (const auto& row : cases) {
        const std::string call = row["call"];
        funnel::Value input = funnel::testing::fromJson(row["input"]);
        // The import reads a generated file (scripts/bench writes it): its bytes as they are.
        if (const funnel::Value* bytes = input.find("bytes"); bytes && bytes->find("file")) {
            std::ifstream data(bytes->find("file")->string, std::ios::binary);
            input.set("bytes", funnel::Value::of(std::string(std::istreambuf_iterator<char>(data), {})));
        }
        benchmark::RegisterBenchmark(row["name"].get<std::string>().c_str(), [call, input](benchmark::State& state) {
            run(state, call, input);
        })->Unit(benchmark::kMicrosecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
