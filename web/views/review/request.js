// The KPI review's request and its answer. The request, from the planner's
// state, the values of the fields that parsed, the funnel's conversions as
// the core reads them, the stage names as the page shows them (the core's
// sentences name them) and the core's scheduleRules():
// { review: input of core.review(), targets: { source, schedule } }, where
// `schedule` is the input of core.schedule() whose months are the targets.
import { scheduleRequest } from '../shared/schedule-request.js';
import { cellField, lagField, monthsBetween } from './table.js';

const MOST_SCHEDULE_MONTHS = 36;  // core.schedule()'s longest horizon

export function reviewRequest(state, values, lang, { conversions, names, rules }) {
  const { review } = state;
  const months = [];
  for (const month of monthsBetween(review.from, review.to)) {
    const fields = state.stages.map((_, stage) => cellField(month, stage));
    if (fields.every((field) => !state.texts[field]?.trim())) continue;  // a month left empty: a gap
    months.push({ month, counts: fields.map((field) => values[field] ?? null) });  // null: the core names it
  }
  const input = {
    locale: lang,
    stages: names,
    months,
    alpha: review.alpha,
    lagMonths: conversions.map((_, index) => values[lagField(index)] ?? 0),  // empty: the same month
  };
  // The plan's conversions: its rates drawn as a line, and the baseline when chosen.
  if (conversions.every((conversion) => Object.values(conversion).every((value) => value !== undefined))) input.reference = conversions;
  if (review.baseline === 'plan') input.baseline = conversions;
  const schedule = scheduleRequest(state, values, lang, conversions, rules).schedule;
  if (review.targets === 'plan' && months.length > 0) {
    // The plan's goal spread over the months: no season, growth or lag; the latest 36 months of the table.
    const covered = monthsBetween(months[0].month, months.at(-1).month, MOST_SCHEDULE_MONTHS);
    Object.assign(schedule, { start: covered[0], months: covered.length, lagDays: conversions.map(() => 0) });
    delete schedule.seasonality;
    delete schedule.growth;
  }
  return { review: input, targets: { source: review.targets, schedule } };
}

// Where each of the core's error paths is on the page.
function fieldOf(path, months) {
  const cell = /^months\[(\d+)\]\.counts\[(\d+)\]$/.exec(path);
  if (cell) return cellField(months[Number(cell[1])].month, Number(cell[2]));
  const lag = /^lagMonths\[(\d+)\]$/.exec(path);
  if (lag) return lagField(Number(lag[1]));
  if (path.startsWith('baseline')) return 'review.baseline';
  if (path.startsWith('months')) return 'review.months';
  return path;
}

// The answer: core.review()'s, with `targetsFrom` (where the targets came
// from: { source: 'plan' | 'schedule' | 'none' | 'failed' | 'outside', first,
// last, message }), or { ok: true, empty: true } before any month holds a
// number. A reference the plan cannot give (its funnel is being typed) is
// left out rather than stopping the review: the plan view says what is wrong.
export function answerReview(module, { review, targets }) {
  const input = { ...review };
  let targetsFrom = { source: targets.source };
  if (targets.source !== 'none' && input.months.length > 0) {
    const schedule = module.schedule(targets.schedule);
    if (!schedule.ok) {
      targetsFrom = { source: 'failed', message: schedule.errors[0].message };
    } else {
      const wanted = new Set(input.months.map(({ month }) => month));
      const list = schedule.months.flatMap((month, i) => (wanted.has(month) ? [{ month, counts: schedule.stages.map((stage) => stage.perMonth[i]) }] : []));
      targetsFrom = { source: list.length ? targets.source : 'outside', first: schedule.months[0], last: schedule.months.at(-1) };
      if (list.length) input.targets = list;
    }
  }
  if (input.months.length === 0) return { ok: true, empty: true, targetsFrom };
  let result = module.review(input);
  if (!result.ok && input.reference && result.errors.every((error) => error.field.startsWith('reference'))) {
    delete input.reference;
    result = module.review(input);
  }
  if (!result.ok) return { ...result, errors: result.errors.map((error) => ({ ...error, field: fieldOf(error.field, input.months) })) };
  return { ...result, targetsFrom };
}
