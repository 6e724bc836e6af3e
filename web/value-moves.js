// Values the planner puts into fields itself, as if the person had typed
// them, each said in a hint beside its field: what was typed, converted to
// another period, and a row pasted from a sheet spread over the funnel's
// counts. The core reads and converts; this only says where values go.
// parts: { core, state, cycle (input-cycle.js), lang, currency, fmt, strings }.
import { conversionField } from './planner-state.js';

// Another period for the goal and the forecast's volume (one choice for
// both views). What was typed keeps its meaning: each number is converted
// to the new period by the core (rounded up where it does not divide), and
// the hint beside it says so and offers the number as typed.
export function changePeriod({ core, state, cycle, lang }, period) {
  const from = state.period;
  state.period = period;
  if (from === period) return;
  for (const field of ['goal.customers', 'goal.revenue', 'volume.count']) {
    const value = cycle.valueOf(field);
    if (value === undefined) continue;
    const converted = core.convertGoal({ field, value, fromMonths: from, toMonths: period, locale: lang });
    if (converted.ok) cycle.put(field, converted.value, converted.hint);
  }
}

// Values a view takes from elsewhere (the import: a file's counts and lags),
// each into its field as if typed, with a hint that says where it came from;
// a conversion given both counts is one of counts now.
export function putValues({ state, cycle, strings }, values) {
  for (const { field, value } of values) {
    cycle.put(field, value, { field, code: 'imported', message: strings.imported, apply: [] });
    const counts = /^conversions\[(\d+)\]\.(fromCount|toCount)$/.exec(field);
    if (counts) state.modes[Number(counts[1])] = 'counts';
  }
}

// A row or column from a sheet pasted into a count: its numbers are the
// stages' counts from that field's stage down, and the field says so.
// False when the text is no such row (it is then pasted as it is).
export function fillFunnel({ core, state, cycle, lang, currency, fmt, strings }, field, text) {
  const read = core.readRow({ text, locale: lang, currency, stages: state.stages });
  if (!read.ok || read.values.length < 2) return false;
  const [, index, part] = /^conversions\[(\d+)\]\.(\w+)$/.exec(field);
  const start = Number(index) + (part === 'toCount' ? 1 : 0);
  const used = read.values.slice(0, state.stages.length - start);
  const last = state.stages.length - 1;
  const filled = [];
  used.forEach((value, offset) => {
    const stage = start + offset;
    if (stage < last) cycle.put(conversionField(stage, 'fromCount'), value);
    if (stage > 0) cycle.put(conversionField(stage - 1, 'toCount'), value);
    // A conversion both of whose counts came from the row is one of counts now.
    if (offset > 0) state.modes[stage - 1] = 'counts';
    filled.push(`${fmt.stage(state.stages[stage], 1)} ${fmt.whole(value)}`);
  });
  const left = read.values.length - used.length;
  const message = strings.rowFilled(filled.join(', ')) + (left > 0 ? ` ${strings.rowLeft(left)}` : '');
  cycle.put(field, used[0], { field, code: 'row_filled', message, apply: [] });
  return true;
}
