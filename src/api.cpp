#include "api.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "answer_writers.h"
#include "csv_writer.h"
#include "field_path.h"
#include "forecast.h"
#include "format_number.h"
#include "goal_period.h"
#include "markdown_writer.h"
#include "parse_number.h"
#include "plan.h"
#include "read_field.h"
#include "request_decode.h"
#include "schedule_writers.h"
#include "share_link.h"
#include "value_builder.h"
#include "wire.h"

namespace funnel {
namespace {

using namespace answers;

Locale localeOf(const Value& tag) { return tag.is(Value::Kind::string) ? localeFromTag(tag.string) : Locale::en; }

Locale requestLocale(const Value& input) {
    const Value* tag = input.find("locale");
    return tag ? localeOf(*tag) : Locale::en;
}

// Every part the binding did not copy because it was too long or too deep
// (wire.h, tag 9), by its field path: an error there, never an answer from
// what a cut would have left.
void collectTooLong(const Value& value, const std::string& path, std::vector<Issue>& out) {
    if (value.is(Value::Kind::too_long)) return out.push_back(Issue{path, Code::too_long});
    for (std::size_t i = 0; i < value.items.size(); ++i) collectTooLong(value.items[i], indexed(path, i), out);
    for (const auto& entry : value.members) collectTooLong(entry.value, member(path, entry.key.c_str()), out);
}

std::vector<Issue> tooLongParts(const Value& value) {
    std::vector<Issue> parts;
    collectTooLong(value, "", parts);
    return parts;
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

template <typename Out, typename Parser>
void writeParsed(Out& out, const Value& text, const Value& localeTag, Parser parser) {
    const Locale locale = localeOf(localeTag);
    if (!text.is(Value::Kind::string)) {
        ParsedNumber notText;
        notText.code = Code::not_text;
        return write(out, notText, locale);
    }
    write(out, parser(text.string, locale), locale);
}

// Decode, and on shape errors report them with the value errors of what did
// decode; else run and write the result in the request's language.
template <typename Out, typename Request, typename Result>
void writeAnswer(Out& out, const Value& input, Decoded<Request> (*decode)(const Value&),
                 std::vector<Issue> (*check)(const Request&), Result (*run)(const Request&)) {
    const Locale locale = requestLocale(input);
    const std::vector<Issue> cut = tooLongParts(input);
    if (!cut.empty()) return writeFailure(out, cut, locale);
    const Decoded<Request> decoded = decode(input);
    if (!decoded.errors.empty()) return writeFailure(out, allProblems(decoded.errors, check(decoded.request)), locale);
    write(out, run(decoded.request), locale);
}

template <typename Out>
void writePlan(Out& out, const Value& input) {
    writeAnswer(out, input, decodePlanRequest, checkPlanRequest, plan);
}

template <typename Out>
void writeForecast(Out& out, const Value& input) {
    writeAnswer(out, input, decodeForecastRequest, checkForecastRequest, forecast);
}

template <typename Out>
void writeSchedule(Out& out, const Value& input) {
    writeAnswer(out, input, decodeScheduleRequest, checkScheduleRequest, schedule);
}

template <typename Out>
void writePace(Out& out, const Value& input) {
    writeAnswer(out, input, decodePaceRequest, checkPaceRequest, pace);
}

}  // namespace

Value planValue(const Value& input) {
    return built([&](ValueBuilder& out) { writePlan(out, input); });
}

Value forecastValue(const Value& input) {
    return built([&](ValueBuilder& out) { writeForecast(out, input); });
}

Value scheduleValue(const Value& input) {
    return built([&](ValueBuilder& out) { writeSchedule(out, input); });
}

void writeScheduleWire(const Value& input, std::string& out) {
    WireWriter writer(out);
    writeSchedule(writer, input);
}

Value paceValue(const Value& input) {
    return built([&](ValueBuilder& out) { writePace(out, input); });
}

void writePlanWire(const Value& input, std::string& out) {
    WireWriter writer(out);
    writePlan(writer, input);
}

void writeForecastWire(const Value& input, std::string& out) {
    WireWriter writer(out);
    writeForecast(writer, input);
}

Value parseNumberValue(const Value& text, const Value& locale) {
    return built([&](ValueBuilder& out) { writeParsed(out, text, locale, parseNumber); });
}

Value parsePercentValue(const Value& text, const Value& locale) {
    return built([&](ValueBuilder& out) { writeParsed(out, text, locale, parsePercent); });
}

namespace {

FieldContext fieldContext(const Value& request) {
    FieldContext context;
    context.locale = requestLocale(request);
    const Value* currency = request.find("currency");
    if (currency && currency->is(Value::Kind::string)) context.currency = currency->string;
    const Value* stages = request.find("stages");
    if (stages && stages->is(Value::Kind::array)) {
        for (const Value& stage : stages->items)
            if (stage.is(Value::Kind::string)) context.stages.push_back(stage.string);
    }
    return context;
}

std::string_view textOf(const Value& request, const char* key) {
    const Value* text = request.find(key);
    return text && text->is(Value::Kind::string) ? std::string_view(text->string) : std::string_view();
}

void writeFailedReading(ValueBuilder& out, const FieldReading& reading, FieldKind kind, const FieldContext& context) {
    putBoolean(out, Key::ok, false);
    put(out, Key::code, codeName(reading.code));
    put(out, Key::message, readingMessage(reading, kind, context));
}

}  // namespace

Value readFieldValue(const Value& request) {
    return built([&](ValueBuilder& out) {
        const FieldContext context = fieldContext(request);
        const std::string_view field = textOf(request, "field");
        const FieldReading reading = readField(field, textOf(request, "text"), context);
        out.object();
        if (!reading.ok) {
            writeFailedReading(out, reading, fieldKindOf(field), context);
        } else {
            putBoolean(out, Key::ok, true);
            put(out, Key::value, reading.value);
            out.key(Key::hint);
            if (reading.hint)
                writeHint(out, *reading.hint, context.locale);
            else
                out.null();
        }
        out.close();
    });
}

Value readRowValue(const Value& request) {
    return built([&](ValueBuilder& out) {
        const FieldContext context = fieldContext(request);
        const PastedRow row = readRow(textOf(request, "text"), context);
        out.object();
        if (!row.ok) {
            writeFailedReading(out, row.failure, FieldKind::count, context);
            put(out, Key::cell, static_cast<double>(row.failedCell));
        } else {
            putBoolean(out, Key::ok, true);
            out.key(Key::values);
            out.array();
            for (double value : row.values) out.number(value);
            out.close();
        }
        out.close();
    });
}

Value convertGoalValue(const Value& request) {
    return built([&](ValueBuilder& out) {
        const Value* value = request.find("value");
        const Value* from = request.find("fromMonths");
        const Value* to = request.find("toMonths");
        const auto number = [](const Value* v) { return v && v->is(Value::Kind::number) ? v->number : 0.0; };
        const GoalConversion conversion =
            convertGoal(std::string(textOf(request, "field")), number(value), number(from), number(to));
        out.object();
        putBoolean(out, Key::ok, conversion.ok);
        if (conversion.ok) {
            put(out, Key::value, conversion.value);
            putBoolean(out, Key::exact, conversion.exact);
            out.key(Key::hint);
            writeHint(out, conversion.hint, requestLocale(request));
        }
        out.close();
    });
}

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

// The writers answer with text only: an input with a part too long to copy
// gets no text at all, so that no partial link or file passes for the whole.
Value writeShareLinkValue(const Value& state) {
    return Value::of(tooLongParts(state).empty() ? writeShareLink(state) : std::string());
}

Value writeCsvValue(const Value& table) {
    return Value::of(tooLongParts(table).empty() ? writeCsv(table) : std::string());
}

Value writeMarkdownValue(const Value& document) {
    return Value::of(tooLongParts(document).empty() ? writeMarkdown(document) : std::string());
}

}  // namespace funnel
