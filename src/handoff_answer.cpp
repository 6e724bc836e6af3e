#include "handoff_answer.h"

#include <optional>

#include "answer_value.h"
#include "answer_writers.h"
#include "handoff.h"
#include "request_decode.h"

namespace funnel {
namespace {

using Kind = Value::Kind;

// A member of an object that may be missing: NaN (then named at its path).
double memberNumber(const Value* object, const char* key) {
    return object ? numberOf(given(*object, key)) : std::nan("");
}

const Value* objectAt(const Value& input, const char* key) {
    const Value* value = given(input, key);
    return value && value->is(Kind::object) ? value : nullptr;
}

ScoreRequest scoringOf(const Value& input) {
    ScoreRequest request;
    if (const Value* list = given(input, "criteria"); list && list->is(Kind::array)) {
        for (const Value& item : list->items) {
            Criterion criterion;
            if (const Value* name = item.find("name"); name && name->is(Kind::string)) criterion.name = name->string;
            const Value* group = item.find("group");
            criterion.group = group && group->is(Kind::string) && group->string == "behaviour"
                                  ? CriterionGroup::behaviour
                                  : CriterionGroup::fit;
            criterion.points = numberOf(given(item, "points"));
            const Value* met = item.find("met");
            criterion.met = met && met->is(Kind::boolean) && met->boolean;
            request.criteria.push_back(std::move(criterion));
        }
    }
    const Value* thresholds = objectAt(input, "thresholds");
    request.mqlScore = memberNumber(thresholds, "mql");
    request.sqlScore = memberNumber(thresholds, "sql");
    if (thresholds) request.sqlMinFit = optionalNumber(*thresholds, "sqlMinFit");
    return request;
}

// { stages, required, periodMonths } (the plan's) or { stages, months, perMonth } (the schedule's).
CommitmentsRequest commitmentsOf(const Value& input) {
    CommitmentsRequest request;
    const Value* commitments = objectAt(input, "commitments");
    if (!commitments) return request;
    if (const Value* stages = given(*commitments, "stages"); stages && stages->is(Kind::array))
        for (const Value& name : stages->items) request.stages.push_back(name.is(Kind::string) ? name.string : "");
    if (const Value* months = given(*commitments, "months"); months && months->is(Kind::array)) {
        for (const Value& month : months->items) request.months.push_back(month.is(Kind::string) ? month.string : "");
        if (const Value* perMonth = given(*commitments, "perMonth"); perMonth && perMonth->is(Kind::array))
            for (const Value& stage : perMonth->items) request.perMonth.push_back(numbersOf(&stage));
        return request;
    }
    request.required = numbersOf(given(*commitments, "required"));
    request.periodMonths = optionalNumber(*commitments, "periodMonths").value_or(1);
    return request;
}

HandoffRequest decode(const Value& input) {
    HandoffRequest request;
    if (!input.is(Kind::object)) return request;  // the checks name what is missing
    if (const Value* locale = given(input, "locale"); locale && locale->is(Kind::string))
        request.locale = localeFromTag(locale->string);
    request.scoring = scoringOf(input);
    request.commitments = commitmentsOf(input);
    const Value* capacity = objectAt(input, "capacity");
    request.capacity.perPerson = memberNumber(capacity, "perPerson");
    if (capacity) {
        request.capacity.hoursPerSql = optionalNumber(*capacity, "hoursPerSql");
        request.capacity.team = optionalNumber(*capacity, "team");
    }
    const Value* levels = objectAt(input, "levels");
    ServiceLevels& level = request.levels;
    for (auto [key, value] : {std::pair{"responseHours", &level.responseHours},
                              {"demoResponseHours", &level.demoResponseHours},
                              {"attempts", &level.attempts},
                              {"attemptDays", &level.attemptDays},
                              {"feedbackDays", &level.feedbackDays},
                              {"termMonths", &level.termMonths}})
        *value = memberNumber(levels, key);
    return request;
}

Value wholeValue(std::uint64_t n) { return Value::of(static_cast<double>(n)); }

Value scoreValue(const ScoreResult& score) {
    Value decisive = Value::array();
    for (std::size_t index : score.decisive) decisive.push(wholeValue(index));
    return Value::object()
        .set("total", Value::of(score.total))
        .set("fit", Value::of(score.fit))
        .set("behaviour", Value::of(score.behaviour))
        .set("stage", Value::of(std::string(stageName(score.stage))))
        .set("decisive", std::move(decisive));
}

Value commitmentsValue(const std::vector<Commitment>& list) {
    Value out = Value::array();
    for (const Commitment& month : list)
        out.push(Value::object()
                     .set("month", month.month.empty() ? Value::null() : Value::of(month.month))
                     .set("top", wholeValue(month.top))
                     .set("handoff", wholeValue(month.handoff))
                     .set("topWeekly", wholeValue(month.topWeekly))
                     .set("handoffWeekly", wholeValue(month.handoffWeekly)));
    return out;
}

// The slips as the page shows hints: { field, code, message, apply: [{ field, value }] }.
Value hintsValue(const std::vector<SlipHint>& hints, Locale locale) {
    Value out = Value::array();
    for (const SlipHint& hint : hints) {
        Value apply = Value::array();
        if (hint.fix)
            apply.push(Value::object().set("field", Value::of(hint.field)).set("value", Value::of(*hint.fix)));
        out.push(Value::object()
                     .set("field", Value::of(hint.field))
                     .set("code", Value::of(std::string(slipName(hint.slip))))
                     .set("message", Value::of(slipMessage(hint, locale)))
                     .set("apply", std::move(apply)));
    }
    return out;
}

Value capacityValue(const CapacityResult& capacity) {
    return Value::object()
        .set("peak", Value::of(capacity.peak))
        .set("peakMonth", wholeValue(capacity.peakMonth))
        .set("people", wholeValue(capacity.people))
        .set("perWorkingDay", Value::of(capacity.perWorkingDay))
        .set("hours", numberOrNull(capacity.hours))
        .set("shortBy", capacity.shortBy ? wholeValue(*capacity.shortBy) : Value::null());
}

}  // namespace

Value handoffValue(const Value& input) {
    const HandoffRequest request = decode(input);
    const HandoffResult result = handoff(request);
    if (!result.ok)
        return Value::object().set("ok", Value::of(false)).set("errors", issuesValue(result.errors, request.locale));
    return Value::object()
        .set("ok", Value::of(true))
        .set("score", scoreValue(result.score))
        .set("topStage", wholeValue(result.topStage))
        .set("handoffStage", wholeValue(result.handoffStage))
        .set("commitments", commitmentsValue(result.commitments))
        .set("capacity", capacityValue(result.capacity))
        .set("hints", hintsValue(result.hints, request.locale));
}

Value handoffDefaultsValue(const Value& locale) {
    const ScoreRequest defaults = scoringDefaults(locale.is(Kind::string) ? localeFromTag(locale.string) : Locale::en);
    const ServiceLevels levels;
    Value criteria = Value::array();
    for (const Criterion& criterion : defaults.criteria)
        criteria.push(
            Value::object()
                .set("name", Value::of(criterion.name))
                .set("group", Value::of(std::string(criterion.group == CriterionGroup::fit ? "fit" : "behaviour")))
                .set("points", Value::of(criterion.points)));
    return Value::object()
        .set("criteria", std::move(criteria))
        .set("thresholds", Value::object()
                               .set("mql", Value::of(defaults.mqlScore))
                               .set("sql", Value::of(defaults.sqlScore))
                               .set("sqlMinFit", numberOrNull(defaults.sqlMinFit)))
        .set("capacity", Value::object().set("perPerson", Value::of(CapacityRequest{}.perPerson)))
        .set("levels", Value::object()
                           .set("responseHours", Value::of(levels.responseHours))
                           .set("demoResponseHours", Value::of(levels.demoResponseHours))
                           .set("attempts", Value::of(levels.attempts))
                           .set("attemptDays", Value::of(levels.attemptDays))
                           .set("feedbackDays", Value::of(levels.feedbackDays))
                           .set("termMonths", Value::of(levels.termMonths)));
}

}  // namespace funnel
