// Google Benchmark of the core's public calls, natively, on the cases in
// cases.json (the wasm build is timed on the same cases by wasm_bench.mjs).
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "api.h"
#include "json_value.h"

namespace {

void run(benchmark::State& state, const std::string& call, const funnel::Value& input) {
    for (auto _ : state) {
        funnel::Value output = call == "plan"       ? funnel::planValue(input)
                               : call == "schedule" ? funnel::scheduleValue(input)
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
        const funnel::Value input = funnel::testing::fromJson(row["input"]);
        benchmark::RegisterBenchmark(row["name"].get<std::string>().c_str(), [call, input](benchmark::State& state) {
            run(state, call, input);
        })->Unit(benchmark::kMicrosecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
