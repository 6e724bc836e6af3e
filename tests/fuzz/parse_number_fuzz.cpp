// libFuzzer target: parseNumber and parsePercent on any bytes, in both locales.
// The first byte picks the locale; a result must be finite and within 2^53.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "parse_number.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto locale = (data[0] & 1) ? funnel::Locale::de : funnel::Locale::en;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    for (const auto& parsed : {funnel::parseNumber(text, locale), funnel::parsePercent(text, locale)}) {
        if (parsed.ok && !(std::isfinite(parsed.value) && std::fabs(parsed.value) <= 9007199254740991.0)) std::abort();
        if (!parsed.ok && funnel::message(parsed.code, locale)[0] == '\0') std::abort();
    }
    return 0;
}
