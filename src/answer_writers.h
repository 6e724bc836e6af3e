// How each answer is written, once for both outputs: a ValueBuilder (the
// native API) or a WireWriter (the wasm binding); see value_builder.h for the
// calls. Every object and list is opened and closed here, and the writer
// counts its entries: no size is stated by hand. Used by api.cpp only.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "answer_key.h"
#include "forecast.h"
#include "hint.h"
#include "issue.h"
#include "parse_number.h"
#include "plan.h"

namespace funnel::answers {

using Key = AnswerKey;

template <typename Out>
void put(Out& out, Key key, double number) {
    out.key(key);
    out.number(number);
}

template <typename Out>
void put(Out& out, Key key, std::string_view text) {
    out.key(key);
    out.text(text);
}

template <typename Out>
void put(Out& out, Key key, const char* text) {
    put(out, key, std::string_view(text));
}

// A bool would otherwise pass as the number 0 or 1: putBoolean says what it writes.
template <typename Out>
void put(Out& out, Key key, bool) = delete;

template <typename Out>
void put(Out& out, Key key, const std::optional<double>& number) {
    out.key(key);
    if (number) {
        out.number(*number);
    } else {
        out.null();
    }
}

template <typename Out>
void putWhole(Out& out, Key key, std::uint64_t whole) {
    put(out, key, static_cast<double>(whole));
}

template <typename Out>
void putBoolean(Out& out, Key key, bool value) {
    out.key(key);
    out.boolean(value);
}

// `key`: a list of `items`, each an object written by `writeItem`. Every
// object and list is closed by its writer, which counts its entries as they
// go in: no size is stated by hand.
template <typename Out, typename Item, typename WriteItem>
void putList(Out& out, Key key, const std::vector<Item>& items, WriteItem writeItem) {
    out.key(key);
    out.array();
    for (const Item& item : items) {
        out.object();
        writeItem(item);
        out.close();
    }
    out.close();
}

// `key`: an object written by `writeObject(*value)`, or null when there is none.
template <typename Out, typename Item, typename WriteObject>
void putOptional(Out& out, Key key, const std::optional<Item>& value, WriteObject writeObject) {
    out.key(key);
    if (!value) return out.null();
    out.object();
    writeObject(*value);
    out.close();
}

// `key`: a list of texts ("2027-03", "2027-03-26").
template <typename Out>
void putTexts(Out& out, Key key, const std::vector<std::string>& texts) {
    out.key(key);
    out.array();
    for (const std::string& text : texts) out.text(text);
    out.close();
}

// `key`: a list of whole numbers.
template <typename Out>
void putWholes(Out& out, Key key, const std::vector<std::uint64_t>& values) {
    out.key(key);
    out.array();
    for (std::uint64_t value : values) out.number(static_cast<double>(value));
    out.close();
}

template <typename Out>
void writeIssues(Out& out, Key key, const std::vector<Issue>& issues, Locale locale) {
    putList(out, key, issues, [&](const Issue& issue) {
        put(out, Key::field, issue.field);
        put(out, Key::code, codeName(issue.code));
        put(out, Key::message, message(issue.code, locale));
    });
}

template <typename Out>
void writeHint(Out& out, const Hint& hint, Locale locale) {
    out.object();
    put(out, Key::field, hint.field);
    put(out, Key::code, hintCodeName(hint.code));
    put(out, Key::message, hintMessage(hint, locale));
    putList(out, Key::apply, hint.apply, [&](const Suggestion& suggestion) {
        put(out, Key::field, suggestion.field);
        put(out, Key::value, suggestion.value);
    });
    out.close();
}

template <typename Out>
void writeHints(Out& out, const std::vector<Hint>& hints, Locale locale) {
    out.key(Key::hints);
    out.array();
    for (const Hint& hint : hints) writeHint(out, hint, locale);
    out.close();
}

template <typename Out>
void writeFailure(Out& out, const std::vector<Issue>& errors, Locale locale) {
    out.object();
    putBoolean(out, Key::ok, false);
    writeIssues(out, Key::errors, errors, locale);
    out.close();
}

template <typename Out>
void write(Out& out, Key key, const std::vector<Improvement>& improvements) {
    putList(out, key, improvements, [&](const Improvement& improvement) {
        put(out, Key::conversion, static_cast<double>(improvement.conversion));
        put(out, Key::from, improvement.from);
        put(out, Key::to, improvement.to);
        put(out, Key::improvement, 0.1);
        put(out, Key::improvedRate, improvement.improvedRate);
        putWhole(out, Key::topRequired, improvement.topRequired);
        putWhole(out, Key::saves, improvement.saves);
    });
}

template <typename Out>
void writeStages(Out& out, const std::vector<StagePlan>& stages) {
    putList(out, Key::stages, stages, [&](const StagePlan& stage) {
        put(out, Key::name, stage.name);
        putWhole(out, Key::required, stage.required);
        put(out, Key::unrounded, stage.unrounded);
        put(out, Key::historicalCount, stage.historicalCount);
        put(out, Key::historicalPerPeriod, stage.historicalPerPeriod);
        put(out, Key::gap, stage.gap);
        put(out, Key::perMonth, stage.perMonth);
        put(out, Key::perWeek, stage.perWeek);
        put(out, Key::perWorkingDay, stage.perWorkingDay);
    });
}

template <typename Out>
void write(Out& out, Key key, const std::optional<ConfidencePlan>& confidence) {
    out.key(key);
    if (!confidence) {
        out.null();
        return;
    }
    out.object();
    put(out, Key::level, confidence->level);
    put(out, Key::probabilityAtPlan, confidence->probabilityAtPlan);
    writeStages(out, confidence->stages);
    out.close();
}

template <typename Out>
void write(Out& out, const PlanResult& result, Locale locale) {
    if (!result.ok) return writeFailure(out, result.errors, locale);
    out.object();
    putBoolean(out, Key::ok, true);
    putWhole(out, Key::customers, result.customers);
    writeStages(out, result.stages);
    putList(out, Key::conversions, result.conversions, [&](const ConversionPlan& conversion) {
        put(out, Key::from, conversion.from);
        put(out, Key::to, conversion.to);
        put(out, Key::rate, conversion.rate);
        put(out, Key::low, conversion.low);
        put(out, Key::high, conversion.high);
    });
    put(out, Key::overallRate, result.overallRate);
    writeIssues(out, Key::warnings, result.warnings, locale);
    write(out, Key::confidence, result.confidence);
    write(out, Key::sensitivity, result.sensitivity);
    writeHints(out, result.hints, locale);
    putOptional(out, Key::workingDays, result.workingDays, [&](const PlanWorkingDays& days) {
        put(out, Key::count, static_cast<double>(days.count));
        put(out, Key::region, days.region);
        put(out, Key::from, days.from);
        put(out, Key::to, days.to);
        putTexts(out, Key::holidays, days.holidays);
    });
    out.close();
}

template <typename Out>
void write(Out& out, const ForecastResult& result, Locale locale) {
    if (!result.ok) return writeFailure(out, result.errors, locale);
    out.object();
    putBoolean(out, Key::ok, true);
    putList(out, Key::stages, result.stages, [&](const StageForecast& stage) {
        put(out, Key::name, stage.name);
        put(out, Key::expected, stage.expected);
        putWhole(out, Key::low, stage.low);
        putWhole(out, Key::high, stage.high);
    });
    putOptional(out, Key::revenue, result.revenue, [&](const RevenueForecast& revenue) {
        put(out, Key::dealValue, revenue.dealValue);
        put(out, Key::expected, revenue.expected);
        put(out, Key::low, revenue.low);
        put(out, Key::high, revenue.high);
    });
    putOptional(out, Key::goal, result.goal, [&](const GoalComparison& goal) {
        putWhole(out, Key::customers, goal.customers);
        put(out, Key::share, goal.share);
        put(out, Key::probability, goal.probability);
    });
    out.close();
}

template <typename Out>
void write(Out& out, const ParsedNumber& parsed, Locale locale) {
    out.object();
    putBoolean(out, Key::ok, parsed.ok);
    if (parsed.ok) {
        put(out, Key::value, parsed.value);
        putBoolean(out, Key::percent, parsed.percent);
    } else {
        put(out, Key::code, codeName(parsed.code));
        put(out, Key::message, message(parsed.code, locale));
    }
    out.close();
}

}  // namespace funnel::answers
