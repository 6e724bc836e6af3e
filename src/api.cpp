#include "api.h"

#include <algorithm>
#include <cmath>

#include "forecast.h"
#include "format_number.h"
#include "parse_number.h"
#include "plan.h"
#include "request_decode.h"
#include "share_link.h"

namespace funnel {
namespace {

Locale localeOf(const Value& tag) { return tag.is(Value::Kind::string) ? localeFromTag(tag.string) : Locale::en; }

Locale requestLocale(const Value& input) {
    const Value* tag = input.find("locale");
    return tag ? localeOf(*tag) : Locale::en;
}

// Whether `field` lies at or below `parent` ("goal" holds "goal.customers").
bool within(const std::string& field, const std::string& parent) {
    if (parent.empty() || field == parent) return true;
    return field.size() > parent.size() && field.compare(0, parent.size(), parent) == 0 &&
           (field[parent.size()] == '.' || field[parent.size()] == '[');
}

// Shape errors first, then the value errors of every part that did decode, so
// a person sees every problem at once. A part that failed to decode holds a
// default whose own value errors would only repeat it.
std::vector<Issue> allProblems(const std::vector<Issue>& shapeErrors, const std::vector<Issue>& valueErrors) {
    std::vector<Issue> all = shapeErrors;
    for (const Issue& error : valueErrors) {
        const bool repeats = std::any_of(shapeErrors.begin(), shapeErrors.end(), [&](const Issue& shape) {
            // Without readable stages, the conversions cannot be counted against them.
            return within(error.field, shape.field) ||
                   (shape.field == "stages" && error.code == Code::conversion_count);
        });
        if (!repeats) all.push_back(error);
    }
    return all;
}

Value issueList(const std::vector<Issue>& issues, Locale locale) {
    Value list = Value::array();
    for (const Issue& issue : issues) {
        list.push(Value::object()
                      .set("field", Value::of(issue.field))
                      .set("code", Value::of(codeName(issue.code)))
                      .set("message", Value::of(message(issue.code, locale))));
    }
    return list;
}

Value failure(const std::vector<Issue>& errors, Locale locale) {
    return Value::object().set("ok", Value::of(false)).set("errors", issueList(errors, locale));
}

Value optionalNumber(const std::optional<double>& value) { return value ? Value::of(*value) : Value::null(); }

Value whole(std::uint64_t value) { return Value::of(static_cast<double>(value)); }

Value encode(const std::vector<Improvement>& improvements) {
    Value list = Value::array();
    for (const Improvement& improvement : improvements) {
        list.push(Value::object()
                      .set("conversion", Value::of(static_cast<double>(improvement.conversion)))
                      .set("from", Value::of(improvement.from))
                      .set("to", Value::of(improvement.to))
                      .set("improvement", Value::of(0.1))
                      .set("topRequired", whole(improvement.topRequired))
                      .set("saves", whole(improvement.saves)));
    }
    return list;
}

Value encode(const ConfidencePlan& confidence) {
    Value stages = Value::array();
    for (const ConfidenceStage& stage : confidence.stages) {
        stages.push(Value::object().set("name", Value::of(stage.name)).set("required", whole(stage.required)));
    }
    return Value::object()
        .set("level", Value::of(confidence.level))
        .set("probabilityAtPlan", Value::of(confidence.probabilityAtPlan))
        .set("stages", std::move(stages));
}

Value encode(const PlanResult& result, Locale locale) {
    if (!result.ok) return failure(result.errors, locale);
    Value stages = Value::array();
    for (const StagePlan& stage : result.stages) {
        stages.push(Value::object()
                        .set("name", Value::of(stage.name))
                        .set("required", whole(stage.required))
                        .set("historicalCount", optionalNumber(stage.historicalCount))
                        .set("historicalPerPeriod", optionalNumber(stage.historicalPerPeriod))
                        .set("gap", optionalNumber(stage.gap))
                        .set("perWeek", optionalNumber(stage.perWeek))
                        .set("perWorkingDay", optionalNumber(stage.perWorkingDay)));
    }
    Value conversions = Value::array();
    for (const ConversionPlan& conversion : result.conversions) {
        conversions.push(Value::object()
                             .set("from", Value::of(conversion.from))
                             .set("to", Value::of(conversion.to))
                             .set("rate", Value::of(conversion.rate))
                             .set("low", Value::of(conversion.low))
                             .set("high", Value::of(conversion.high)));
    }
    return Value::object()
        .set("ok", Value::of(true))
        .set("customers", whole(result.customers))
        .set("stages", std::move(stages))
        .set("conversions", std::move(conversions))
        .set("overallRate", Value::of(result.overallRate))
        .set("warnings", issueList(result.warnings, locale))
        .set("confidence", result.confidence ? encode(*result.confidence) : Value::null())
        .set("sensitivity", encode(result.sensitivity));
}

Value encode(const ForecastResult& result, Locale locale) {
    if (!result.ok) return failure(result.errors, locale);
    Value stages = Value::array();
    for (const StageForecast& stage : result.stages) {
        stages.push(Value::object()
                        .set("name", Value::of(stage.name))
                        .set("expected", Value::of(stage.expected))
                        .set("low", whole(stage.low))
                        .set("high", whole(stage.high)));
    }
    return Value::object().set("ok", Value::of(true)).set("stages", std::move(stages));
}

Value encode(const ParsedNumber& parsed, Locale locale) {
    if (!parsed.ok) {
        return Value::object()
            .set("ok", Value::of(false))
            .set("code", Value::of(codeName(parsed.code)))
            .set("message", Value::of(message(parsed.code, locale)));
    }
    return Value::object()
        .set("ok", Value::of(true))
        .set("value", Value::of(parsed.value))
        .set("percent", Value::of(parsed.percent));
}

template <typename Parser>
Value parseValue(const Value& text, const Value& localeTag, Parser parser) {
    const Locale locale = localeOf(localeTag);
    if (!text.is(Value::Kind::string)) {
        ParsedNumber notText;
        notText.code = Code::not_text;
        return encode(notText, locale);
    }
    return encode(parser(text.string, locale), locale);
}

// Decode, and on shape errors report them with the value errors of what did
// decode; else run and encode the result in the request's language.
template <typename Request, typename Result>
Value answer(const Value& input, Decoded<Request> (*decode)(const Value&), std::vector<Issue> (*check)(const Request&),
             Result (*run)(const Request&)) {
    const Locale locale = requestLocale(input);
    const Decoded<Request> decoded = decode(input);
    if (!decoded.errors.empty()) return failure(allProblems(decoded.errors, check(decoded.request)), locale);
    return encode(run(decoded.request), locale);
}

}  // namespace

Value planValue(const Value& input) { return answer(input, decodePlanRequest, checkPlanRequest, plan); }

Value forecastValue(const Value& input) { return answer(input, decodeForecastRequest, checkForecastRequest, forecast); }

Value parseNumberValue(const Value& text, const Value& locale) { return parseValue(text, locale, parseNumber); }

Value parsePercentValue(const Value& text, const Value& locale) { return parseValue(text, locale, parsePercent); }

Value formatNumberValue(const Value& number, const Value& locale, const Value& style) {
    const double value = number.is(Value::Kind::number) ? number.number : NAN;
    const NumberStyle named = numberStyleFromName(style.is(Value::Kind::string) ? style.string : "");
    return Value::of(formatNumber(value, localeOf(locale), named));
}

}  // namespace funnel

namespace funnel {

Value readShareLinkValue(const Value& fragment) {
    if (!fragment.is(Value::Kind::string)) return Value::object().set("ok", Value::of(false));
    return readShareLink(fragment.string);
}

Value writeShareLinkValue(const Value& state) { return Value::of(writeShareLink(state)); }

}  // namespace funnel
