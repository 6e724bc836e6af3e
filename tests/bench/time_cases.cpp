// Times the core natively on a list of calls, one figure per call: for the
// worst-case search (worst_case.mjs), which generates the list and times the
// same calls in wasm. Google Benchmark's fixed minimum time per case would
// take hours on thousands of cases; here each call runs until `budget`
// milliseconds have passed (at least 3 times, at most 200) and the fastest
// run counts: the work itself, on a machine shared with other processes.
//   time_cases CASES.json [budget-ms]   -> JSON on stdout: [microseconds, ...]
// CASES.json is [{ "call": "plan" | "forecast", "input": {...} }, ...].
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "api.h"
#include "json_value.h"

namespace {

volatile std::size_t sink = 0;

double microsecondsPerCall(const std::string& call, const funnel::Value& input, double budgetMs) {
    using Clock = std::chrono::steady_clock;
    auto once = [&] { return call == "plan" ? funnel::planValue(input) : funnel::forecastValue(input); };
    once();  // warm up
    std::vector<double> times;
    const auto start = Clock::now();
    while (times.size() < 200 &&
           (times.size() < 3 || std::chrono::duration<double, std::milli>(Clock::now() - start).count() < budgetMs)) {
        const auto before = Clock::now();
        const funnel::Value output = once();
        times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - before).count());
        sink = sink + output.members.size();  // the answer is used: the call stays
    }
    return *std::min_element(times.begin(), times.end());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: time_cases CASES.json [budget-ms]\n");
        return 2;
    }
    const double budgetMs = argc > 2 ? std::atof(argv[2]) : 2;
    std::ifstream file(argv[1]);
    const auto cases = nlohmann::json::parse(file);
    std::printf("[");
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const funnel::Value input = funnel::testing::fromJson(cases[i]["input"]);
        std::printf("%s%.2f", i ? "," : "", microsecondsPerCall(cases[i]["call"], input, budgetMs));
    }
    std::printf("]\n");
}
