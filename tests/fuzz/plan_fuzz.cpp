// libFuzzer target: any JSON the fuzzer writes, through plan(), forecast(),
// schedule() and pace()
// as the page would send it. Never a crash, never NaN or Infinity out.
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <nlohmann/json.hpp>

#include "api.h"
#include "json_value.h"
#include "require_finite.h"

using funnel::fuzz::requireFinite;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto json = nlohmann::json::parse(data, data + size, nullptr, false);
    if (json.is_discarded()) return 0;
    const funnel::Value input = funnel::testing::fromJson(json);
    requireFinite(funnel::planValue(input));
    requireFinite(funnel::forecastValue(input));
    requireFinite(funnel::scheduleValue(input));
    requireFinite(funnel::paceValue(input));
    return 0;
}
