// The core's public API in the shape JavaScript sees it: any value in, a plain
// object out, never an exception. The Embind binding only copies values.
#pragma once

#include <string>

#include "value.h"

namespace funnel {

// plan(input): see docs/api.md, "The calls". `input.locale` ("de"/"en") picks the
// language of the messages; English when absent.
Value planValue(const Value& input);

// forecast(input): { stages?, conversions, volume: { stage, count }, locale? }
// -> { ok: true, stages: [{ name, expected, low, high }] } from the volume's stage down.
Value forecastValue(const Value& input);

// schedule(input): see docs/api.md and schedule.h -> { ok: true, months,
// leadMonths, stages: [{ name, perMonth, total }], customers, warnings }.
Value scheduleValue(const Value& input);
void writeScheduleWire(const Value& input, std::string& out);

// pace(input): month-to-date pacing in German working days (pace.h) ->
// { ok: true, elapsed, total, remaining, holidays, stages: [{ name, target,
// actual, expected, delta, projected, neededPerDay, onTrack }] }.
Value paceValue(const Value& input);

// The same answers appended to `out` as wire bytes (wire.h), for the wasm
// binding: written straight from the result, with no Value tree in between.
void writePlanWire(const Value& input, std::string& out);
void writeForecastWire(const Value& input, std::string& out);

// readShareLink(fragment) and writeShareLink(state): see share_link.h.
Value readShareLinkValue(const Value& fragment);
Value writeShareLinkValue(const Value& state);

// parseNumber(text, locale) and parsePercent(text, locale):
// { ok: true, value, percent } or { ok: false, code, message }.
Value parseNumberValue(const Value& text, const Value& locale);
Value parsePercentValue(const Value& text, const Value& locale);

// readField({ field, text, locale, currency, stages }): the text of the field
// at that path, read by what the field holds (read_field.h) ->
// { ok: true, value, hint: null | { field, code, message, apply: [{ field, value }] } }
// or { ok: false, code, message }.
Value readFieldValue(const Value& request);

// readRow({ text, locale, stages }): a row or column pasted from a sheet ->
// { ok: true, values } or { ok: false, cell, code, message }.
Value readRowValue(const Value& request);

// convertGoal({ field, value, fromMonths, toMonths, locale }): the goal in
// "goal.customers" or "goal.revenue" for another period (goal_period.h) ->
// { ok: true, value, exact, hint } or { ok: false }.
Value convertGoalValue(const Value& request);

// writeCsv({ locale, rows: [[cell, ...], ...] }) -> the CSV text (csv_writer.h).
// A cell is a string (text), a number, or anything else (an empty cell).
Value writeCsvValue(const Value& table);

// writeMarkdown({ blocks: [block, ...] }) -> the Markdown text (markdown_writer.h).
// A block is { kind: "heading" | "paragraph", text } or
// { kind: "table", header: [text], align: ["left" | "right"], rows: [[text]] };
// anything that is no text reads as "".
Value writeMarkdownValue(const Value& document);

// formatNumber(number, locale, style) -> the number as the page writes it
// (format_number.h); "–" when `number` is no finite number.
Value formatNumberValue(const Value& number, const Value& locale, const Value& style);

}  // namespace funnel
