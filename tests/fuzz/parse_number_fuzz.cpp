// libFuzzer target: parseNumber and parsePercent on any bytes, in both
// locales, and readField (every kind of field) and readRow on the same bytes.
// The first byte picks the locale; a result must be finite and within 2^53,
// and every message and hint must be non-empty, valid UTF-8.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "parse_number.h"
#include "read_field.h"
#include "unicode_text.h"

namespace {

constexpr double kMaxSafe = 9007199254740991.0;

void requireFinite(bool ok, double value) {
    if (ok && !(std::isfinite(value) && std::fabs(value) <= kMaxSafe)) std::abort();
}

// A message quotes what was typed: valid UTF-8 whenever that was.
void requireText(const std::string& text, bool typedValid) {
    if (text.empty() || (typedValid && !funnel::isValidUtf8(text))) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto locale = (data[0] & 1) ? funnel::Locale::de : funnel::Locale::en;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    for (const auto& parsed : {funnel::parseNumber(text, locale), funnel::parsePercent(text, locale)}) {
        requireFinite(parsed.ok, parsed.value);
        if (!parsed.ok && funnel::message(parsed.code, locale)[0] == '\0') std::abort();
    }
    const bool valid = funnel::isValidUtf8(text);
    funnel::FieldContext context;
    context.locale = locale;
    context.currency = (data[0] & 2) ? "EUR" : "USD";
    context.stages = {"MQL", "SQL", "Kunde"};
    for (const char* field : {"goal.customers", "goal.revenue", "conversions[0].rate", "historyMonths"}) {
        const funnel::FieldReading reading = funnel::readField(field, text, context);
        requireFinite(reading.ok, reading.value);
        if (!reading.ok) requireText(funnel::readingMessage(reading, funnel::fieldKindOf(field), context), valid);
        if (reading.hint) requireText(funnel::hintMessage(*reading.hint, locale), valid);
    }
    const funnel::PastedRow row = funnel::readRow(text, context);
    for (double value : row.values) requireFinite(true, value);
    return 0;
}
