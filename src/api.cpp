#include "api.h"

#include "parse_number.h"
#include "plan.h"
#include "plan_decode.h"

namespace funnel {
namespace {

Locale localeOf(const Value& tag) { return tag.is(Value::Kind::string) ? localeFromTag(tag.string) : Locale::en; }

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

Value encode(const PlanResult& result, Locale locale) {
    if (!result.ok) return failure(result.errors, locale);
    Value stages = Value::array();
    for (const StagePlan& stage : result.stages) {
        stages.push(Value::object()
                        .set("name", Value::of(stage.name))
                        .set("required", whole(stage.required))
                        .set("historicalPerPeriod", optionalNumber(stage.historicalPerPeriod))
                        .set("gap", optionalNumber(stage.gap)));
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
        .set("warnings", issueList(result.warnings, locale));
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

}  // namespace

Value planValue(const Value& input) {
    const Value* localeTag = input.find("locale");
    const Locale locale = localeTag ? localeOf(*localeTag) : Locale::en;
    const DecodedPlanRequest decoded = decodePlanRequest(input);
    if (!decoded.errors.empty()) return failure(decoded.errors, locale);
    return encode(plan(decoded.request), locale);
}

Value parseNumberValue(const Value& text, const Value& locale) { return parseValue(text, locale, parseNumber); }

Value parsePercentValue(const Value& text, const Value& locale) { return parseValue(text, locale, parsePercent); }

}  // namespace funnel
