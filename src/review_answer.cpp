#include "review_answer.h"

#include <cmath>

#include "answer_value.h"
#include "field_path.h"
#include "request_decode.h"
#include "review.h"
#include "review_advice.h"

namespace funnel {
namespace {

using Kind = Value::Kind;

std::vector<ReviewMonth> monthsOf(const Value* list, const char* path, std::vector<Issue>& errors) {
    std::vector<ReviewMonth> out;
    if (!list) return out;
    if (!list->is(Kind::array)) {
        errors.push_back({path, Code::not_an_array});
        return out;
    }
    for (const Value& item : list->items) {
        const Value* month = item.find("month");
        out.push_back({month && month->is(Kind::string) ? month->string : "", numbersOf(item.find("counts"))});
    }
    return out;
}

ReviewRequest decode(const Value& input, std::vector<Issue>& errors) {
    ReviewRequest request;
    if (!input.is(Kind::object)) {
        errors.push_back({"", Code::not_an_object});
        return request;
    }
    if (const Value* locale = given(input, "locale"); locale && locale->is(Kind::string))
        request.locale = localeFromTag(locale->string);
    if (const Value* stages = given(input, "stages"); stages && stages->is(Kind::array)) {
        request.stages.clear();
        for (const Value& name : stages->items) request.stages.push_back(name.is(Kind::string) ? name.string : "");
    }
    const Value* months = given(input, "months");
    if (!months) errors.push_back({"months", Code::missing});
    request.months = monthsOf(months, "months", errors);
    request.lagMonths = numbersOf(given(input, "lagMonths"));
    if (const Value* alpha = given(input, "alpha")) request.alpha = numberOf(alpha);
    if (const Value* baseline = given(input, "baseline"); baseline && baseline->is(Kind::array)) {
        for (const Value& item : baseline->items)
            request.baseline.push_back({true, numberOf(item.find("fromCount")), numberOf(item.find("toCount")), 0});
    }
    if (const Value* reference = given(input, "reference"); reference && reference->is(Kind::array)) {
        for (const Value& item : reference->items) {
            if (given(item, "rate"))
                request.reference.push_back({false, 0, 0, numberOf(item.find("rate"))});
            else
                request.reference.push_back(
                    {true, numberOf(item.find("fromCount")), numberOf(item.find("toCount")), 0});
        }
    }
    if (const Value* targets = given(input, "targets")) {
        const bool perMonth = targets->is(Kind::array) && !targets->items.empty() && targets->items[0].is(Kind::object);
        if (perMonth)
            request.targets = monthsOf(targets, "targets", errors);
        else
            request.targetPerMonth = numbersOf(targets);
    }
    if (const Value* owners = given(input, "owners"); owners && owners->is(Kind::array)) {
        for (const Value& owner : owners->items) request.owners.push_back(owner.is(Kind::string) ? owner.string : "");
    }
    return request;
}

}  // namespace

Value reviewValue(const Value& input) {
    std::vector<Issue> errors;
    const ReviewRequest request = decode(input, errors);
    const ReviewResult result = errors.empty() ? review(request) : ReviewResult{};
    if (!errors.empty() || !result.ok)
        return Value::object()
            .set("ok", Value::of(false))
            .set("errors", issuesValue(errors.empty() ? result.errors : errors, request.locale));
    Value conversions = Value::array();
    for (const ReviewConversion& conversion : result.conversions) {
        Value months = Value::array();
        for (const RateMonth& month : conversion.months)
            months.push(Value::object()
                            .set("month", Value::of(month.month))
                            .set("k", numberOrNull(month.k))
                            .set("n", numberOrNull(month.n))
                            .set("rate", numberOrNull(month.rate))
                            .set("low", numberOrNull(month.low))
                            .set("high", numberOrNull(month.high)));
        Value windows = Value::array();
        for (const RateWindow& w : conversion.windows)
            windows.push(Value::object()
                             .set("length", Value::of(static_cast<double>(w.length)))
                             .set("k", numberOrNull(w.k))
                             .set("n", numberOrNull(w.n))
                             .set("rate", numberOrNull(w.rate))
                             .set("baselineK", numberOrNull(w.baselineK))
                             .set("baselineN", numberOrNull(w.baselineN))
                             .set("baselineRate", numberOrNull(w.baselineRate))
                             .set("difference", numberOrNull(w.difference))
                             .set("low", numberOrNull(w.low))
                             .set("high", numberOrNull(w.high))
                             .set("pValue", numberOrNull(w.pValue))
                             .set("status", Value::of(statusName(w.status)))
                             .set("message", Value::of(windowMessage(w, request.locale))));
        conversions.push(Value::object()
                             .set("from", Value::of(conversion.from))
                             .set("to", Value::of(conversion.to))
                             .set("owner", Value::of(teamName(conversion.owner)))
                             .set("reference", numberOrNull(conversion.reference))
                             .set("months", std::move(months))
                             .set("windows", std::move(windows)));
    }
    Value volumes = Value::array();
    for (const ReviewVolume& volume : result.volumes) {
        Value months = Value::array();
        for (const VolumeMonth& month : volume.months)
            months.push(Value::object()
                            .set("month", Value::of(month.month))
                            .set("actual", Value::of(month.actual))
                            .set("target", numberOrNull(month.target))
                            .set("gap", numberOrNull(month.gap)));
        volumes.push(Value::object().set("name", Value::of(volume.name)).set("months", std::move(months)));
    }
    Value findings = Value::array();
    for (const Finding& finding : result.findings) {
        Value advice = Value::array();
        for (const std::string& step : finding.advice) advice.push(Value::of(step));
        Value item = Value::object()
                         .set("kind", Value::of(finding.kind))
                         .set("severity", Value::of(finding.severity))
                         .set("team", Value::of(teamName(finding.team)));
        if (finding.conversion) item.set("conversion", Value::of(static_cast<double>(*finding.conversion)));
        if (finding.stage) item.set("stage", Value::of(static_cast<double>(*finding.stage)));
        findings.push(std::move(item.set("message", Value::of(finding.message)).set("advice", std::move(advice))));
    }
    return Value::object()
        .set("ok", Value::of(true))
        .set("conversions", std::move(conversions))
        .set("volumes", std::move(volumes))
        .set("findings", std::move(findings));
}

}  // namespace funnel
