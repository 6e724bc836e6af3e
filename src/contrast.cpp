#include "contrast.h"

#include "answer_value.h"
#include "portable_math.h"
#include "request_decode.h"

namespace funnel {
namespace {

std::optional<int> hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return std::nullopt;
}

// A channel of 0-255 as the light it gives, 0 to 1 (sRGB's transfer function, as WCAG 2 defines it).
double linear(int channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : math::exp(2.4 * math::log((c + 0.055) / 1.055));
}

}  // namespace

std::optional<double> contrastWithWhite(std::string_view colour) {
    if (colour.size() != 4 && colour.size() != 7) return std::nullopt;
    if (colour[0] != '#') return std::nullopt;
    const bool shortForm = colour.size() == 4;
    int rgb[3];
    for (int i = 0; i < 3; ++i) {
        const auto high = hexDigit(colour[shortForm ? 1 + i : 1 + 2 * i]);
        const auto low = hexDigit(colour[shortForm ? 1 + i : 2 + 2 * i]);
        if (!high || !low) return std::nullopt;
        rgb[i] = *high * 16 + *low;
    }
    const double luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    return 1.05 / (luminance + 0.05);
}

Value contrastValue(const Value& input) {
    const Value none = Value::object();
    const Value& in = input.is(Value::Kind::object) ? input : none;
    const Value* colour = given(in, "colour");
    const auto ratio = colour && colour->is(Value::Kind::string) ? contrastWithWhite(colour->string) : std::nullopt;
    if (!ratio) {
        const Value* locale = given(in, "locale");
        const Locale language = localeFromTag(locale && locale->is(Value::Kind::string) ? locale->string : "");
        return Value::object()
            .set("ok", Value::of(false))
            .set("errors", issuesValue({{"colour", colour ? Code::not_text : Code::missing}}, language));
    }
    return Value::object()
        .set("ok", Value::of(true))
        .set("ratio", Value::of(*ratio))
        .set("readable", Value::of(*ratio >= kReadableContrast))
        .set("readableFrom", Value::of(kReadableContrast));
}

}  // namespace funnel
