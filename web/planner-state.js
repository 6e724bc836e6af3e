// What the planner holds between keystrokes: the text of every field as
// typed, the stage names, and the choices. Plain data, shaped into requests
// for the core and into the share-link state the core reads and writes.
import { handoffFrom, handoffShared } from './planner-state-handoff.js';

export const PERIODS = [1, 3, 12];
export const CONFIDENCES = [0.8, 0.9, 0.95];
// The schedule's choices the state keeps (the core checks the link's: src/share_link.cpp).
const HORIZONS = [3, 6, 12, 24, 36];
const SEASONALITIES = ['flat', 'de-b2b', 'custom'];
const WEIGHTS = 12;

// The worked example: 1000 of 4000 MQLs became SQLs, 500 of 1000 SQLs customers, in 12 months.
// Its stages are the core's default stages (core.funnelRules(), src/funnel.h).
// Its sales cycle, for the schedule: 30 days from MQL to SQL, 45 from SQL to customer.
const EXAMPLE = {
  goal: { customers: 50 },
  conversions: [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }],
  historyMonths: 12,
  volume: { stage: 0, count: 300 },
  lagDays: [30, 45],
};

const twoDigits = (n) => String(n).padStart(2, '0');
// Today as "YYYY-MM-DD" and the next month as "YYYY-MM", on this computer's calendar.
export const today = (now = new Date()) => `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
const monthOf = (date) => `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}`;
const nextMonth = (now = new Date()) => monthOf(new Date(now.getFullYear(), now.getMonth() + 1, 1));
// "YYYY-MM" `count` months after `month` (before, for a negative count).
const monthsAfter = (month, count) => monthOf(new Date(Number(month.slice(0, 4)), Number(month.slice(5)) - 1 + count, 1));

// The channels the example starts with (issue 18): the worked example's 4000 MQLs, 1000 SQLs and 500
// customers of 12 months, split as a B2B team's channels might bring them, with what each cost. E-Mail
// is the cheapest MQL and not the cheapest customer; Website/SEO cannot grow past 60 MQLs a month.
const EXAMPLE_CHANNELS = [
  ['LinkedIn', [1000, 400, 200], 30000],
  ['E-Mail', [2000, 300, 120], 24000],
  ['Website/SEO', [600, 180, 110], 15000, 60],
  ['Events', [300, 90, 50], 30000],
  ['Partner', [100, 30, 20], 4000],
];
export const channelField = (index, part, stage) => (stage === undefined ? `channel[${index}].${part}` : `channel[${index}].${part}[${stage}]`);
const channelRateField = (index, conversion) => `channelRate[${index}][${conversion}]`;

// The KPI review's choices the state keeps (the core checks the link's).
const REVIEW_MOST_MONTHS = 60;
const REVIEW_DEFAULTS = { alpha: 0.05, targets: 'plan', baseline: 'earlier' };
// Its period: a link's, else an import's months (the latest 60), else the twelve months before this one.
function reviewPeriod(shared, now) {
  if (shared.reviewFrom && shared.reviewTo && shared.reviewFrom <= shared.reviewTo) return { from: shared.reviewFrom, to: shared.reviewTo };
  if (shared.imported) {
    const to = monthsAfter(shared.imported.first, shared.imported.counts[0].length - 1);
    const from = monthsAfter(to, -(Math.min(shared.imported.counts[0].length, REVIEW_MOST_MONTHS) - 1));
    return { from, to };
  }
  const last = monthsAfter(monthOf(now), -1);
  return { from: monthsAfter(last, -11), to: last };
}
const reviewField = (month, stage) => `review.${month}[${stage}]`;

export const conversionField = (index, part) => `conversions[${index}].${part}`;

// A state from the share-link shape ({ goal, stages, conversions, ... }) over the example.
// fmt: the formatters of the page's language (format.js), which spell the numbers;
// views: the ids of the views there are (web/views/registry.js), the first the default;
// defaultStages: the core's (funnelRules).
// A field in a link is a number, null (it was empty) or text (as typed, no number).
export function stateFrom(shared, fmt, goalAttribute, views, defaultStages) {
  const source = { ...EXAMPLE, stages: defaultStages, ...shared };
  if (!shared.goal && goalAttribute) source.goal = { customers: goalAttribute };
  const texts = {};
  const put = (field, value, percent = false) => {
    if (typeof value === 'number') texts[field] = percent ? fmt.exactPercent(value) : fmt.exact(value);
    else if (typeof value === 'string') texts[field] = value;
    else if (value === null) texts[field] = '';
  };
  put('goal.customers', source.goal.customers);
  put('goal.revenue', source.goal.revenue);
  put('goal.dealValue', source.goal.dealValue);
  put('historyMonths', source.historyMonths);
  put('volume.count', source.volume.count);
  put('dealValue', source.dealValue);
  const modes = source.conversions.map((conversion, index) => {
    put(conversionField(index, 'fromCount'), conversion.fromCount);
    put(conversionField(index, 'toCount'), conversion.toCount);
    put(conversionField(index, 'rate'), conversion.rate, true);
    if (conversion.mode === 'rate' || conversion.mode === 'counts') return conversion.mode;
    return Object.hasOwn(conversion, 'rate') ? 'rate' : 'counts';
  });
  // The schedule's lags are the example's only with the example's funnel.
  const lags = shared.lagDays ?? (shared.conversions ? [] : source.lagDays);
  lags.forEach((days, index) => put(`lagDays[${index}]`, days));
  (shared.weights ?? []).forEach((weight, index) => { if (index < WEIGHTS) put(`seasonality[${index}]`, weight); });
  put('growth', shared.growth, true);
  (shared.paceActual ?? []).forEach((count, index) => put(`pace.actual[${index}]`, count));
  // The channels: a link's (names, a row of fields each: counts per stage, spend, ceiling), else the
  // example's with the example's funnel (no link), else the example's names with empty rows.
  const names = shared.channelNames ?? EXAMPLE_CHANNELS.map(([name]) => name);
  const rows = shared.channelFields
    ?? (shared.conversions ? [] : EXAMPLE_CHANNELS.map(([, counts, spend, max]) => [...counts, spend, max ?? null]));
  // A row: the counts per stage, the spend, the ceiling, then the rates per conversion (a channel in rates).
  const stageCount = source.stages.length;
  rows.forEach((row, i) => row.forEach((value, k) => {
    if (k < stageCount) put(channelField(i, 'count', k), value);
    else if (k === stageCount) put(channelField(i, 'spend'), value);
    else if (k === stageCount + 1) put(channelField(i, 'max'), value);
    else if (k < 2 * stageCount + 1) put(channelRateField(i, k - stageCount - 2), value, true);
  }));
  put('budget', shared.budget);
  const review = { ...REVIEW_DEFAULTS, ...reviewPeriod(shared, new Date()) };
  (shared.reviewCounts ?? []).forEach((row, m) => row.forEach((count, stage) => put(reviewField(monthsAfter(review.from, m), stage), count)));
  (shared.reviewLags ?? []).forEach((months, index) => put(`reviewLag[${index}]`, months));
  if ([0.01, 0.05, 0.1].includes(shared.reviewAlpha)) review.alpha = shared.reviewAlpha;
  if (['plan', 'schedule', 'none'].includes(shared.reviewTargets)) review.targets = shared.reviewTargets;
  if (['earlier', 'plan'].includes(shared.reviewBaseline)) review.baseline = shared.reviewBaseline;
  const goalKind = source.goal.kind ?? (Object.hasOwn(source.goal, 'revenue') ? 'revenue' : 'customers');
  return {
    view: views.includes(source.view) ? source.view : views[0],
    goalKind: goalKind === 'revenue' ? 'revenue' : 'customers',
    period: PERIODS.includes(source.periodMonths) ? source.periodMonths : 1,
    confidence: CONFIDENCES.includes(source.confidence) ? source.confidence : null,
    stages: [...source.stages],
    modes,
    texts,
    volumeStage: Math.min(Math.max(0, Math.trunc(source.volume.stage) || 0), source.stages.length - 2),
    schedule: {
      start: shared.scheduleStart ?? nextMonth(),
      startChosen: Boolean(shared.scheduleStart),  // by the person (or a link): then the plan counts its working days
      months: HORIZONS.includes(shared.scheduleMonths) ? shared.scheduleMonths : 12,
      seasonality: SEASONALITIES.includes(shared.seasonality) ? shared.seasonality : 'flat',
      holidays: shared.holidays ?? 'de',
      asOf: shared.paceAsOf ?? today(),
    },
    // The KPI review's period and choices; its counts are texts ("review.2026-03[1]").
    review,
    // The channels' names and how each is typed, counts or rates (their numbers are texts,
    // "channel[1].count[0]", "channelRate[1][0]").
    channels: { names: [...names], modes: names.map((_, i) => (shared.channelModes?.[i] === 'rate' ? 'rate' : 'counts')) },
    // The hand-off: its criteria, the lead check's ticks, the SLA's parties and start (planner-state-handoff.js).
    handoff: handoffFrom(shared, put),
    // What an import counted (never the file): { first, counts, channels, cut? }, for the views that use it.
    imported: shared.imported ?? null,
  };
}

// The funnel's conversions as plan() and forecast() read them, from the values that parsed.
export function conversionsOf(state, values) {
  return state.modes.map((mode, index) => (mode === 'rate'
    ? { rate: values[conversionField(index, 'rate')] }
    : { fromCount: values[conversionField(index, 'fromCount')], toCount: values[conversionField(index, 'toCount')] }));
}

// The review's part of the link: its period and a row per month of it, when any holds a count; its choices
// where they are not the defaults. field(name): a field as the link keeps it.
function reviewShared(state, field) {
  const { review, stages } = state;
  const rows = [];
  for (let month = review.from; month <= review.to && rows.length < REVIEW_MOST_MONTHS; month = monthsAfter(month, 1)) {
    rows.push(stages.map((_, stage) => field(reviewField(month, stage))));
  }
  const lags = Array.from({ length: stages.length - 1 }, (_, index) => field(`reviewLag[${index}]`));
  const typed = rows.some((row) => row.some((value) => value !== null));
  const chosen = (name) => (review[name] === REVIEW_DEFAULTS[name] ? undefined : review[name]);
  return {
    reviewFrom: typed ? review.from : undefined,
    reviewTo: typed ? review.to : undefined,
    reviewCounts: typed ? rows : undefined,
    reviewLags: lags.some((value) => value !== null) ? lags : undefined,
    reviewAlpha: chosen('alpha'),
    reviewTargets: chosen('targets'),
    reviewBaseline: chosen('baseline'),
  };
}

// The channels' part of the link: always, like the lags, so that a cleared example number stays cleared
// (a link without them opens the example's names with empty rows).
function channelsShared(state, field) {
  const { channels, stages } = state;
  const rows = channels.names.map((_, i) => [
    ...stages.map((__, s) => field(channelField(i, 'count', s))), field(channelField(i, 'spend')), field(channelField(i, 'max')),
    ...stages.slice(1).map((__, s) => field(channelRateField(i, s))),
  ]);
  // Trailing empty rates are left out: a channel in counts keeps its row as before.
  for (const row of rows) while (row.length > stages.length + 2 && row.at(-1) === null) row.pop();
  return { channelNames: [...channels.names], channelModes: [...channels.modes], channelFields: rows, budget: field('budget') ?? undefined };
}

// The state for a share link and for storage: the choices, and each field as
// its number, null when it is empty, or its text when it is no number, so
// that nothing typed is lost on the way. The fields of the goal kind and of
// the conversion modes not chosen come along when they hold something, for
// when the person switches back.
export function sharedOf(state, values, lang) {
  const field = (name) => {
    if (values[name] !== undefined) return values[name];
    const text = state.texts[name] ?? '';
    return text.trim() === '' ? null : text;
  };
  const holding = (names) => names.some((name) => field(name) !== null);
  const pick = (names, rename) => Object.fromEntries(names.map((name) => [rename(name), field(name)]));
  const goalFields = { customers: ['goal.customers'], revenue: ['goal.revenue', 'goal.dealValue'] };
  const other = state.goalKind === 'revenue' ? 'customers' : 'revenue';
  const goalOf = (names) => pick(names, (name) => name.slice('goal.'.length));
  const goal = holding(goalFields[other])
    ? { kind: state.goalKind, ...goalOf(goalFields.customers), ...goalOf(goalFields.revenue) }
    : goalOf(goalFields[state.goalKind]);
  const conversions = state.modes.map((mode, index) => {
    const names = (parts) => parts.map((part) => conversionField(index, part));
    const modeFields = { counts: names(['fromCount', 'toCount']), rate: names(['rate']) };
    const partOf = (name) => name.slice(name.lastIndexOf('.') + 1);
    const otherMode = mode === 'rate' ? 'counts' : 'rate';
    if (!holding(modeFields[otherMode])) return pick(modeFields[mode], partOf);
    return { mode, ...pick(modeFields.counts, partOf), ...pick(modeFields.rate, partOf) };
  });
  // The schedule's lists: one field per conversion, stage or month, when any holds something.
  const fieldsOf = (name, count) => Array.from({ length: count }, (_, index) => field(`${name}[${index}]`));
  const list = (name, count) => {
    const fields = fieldsOf(name, count);
    return fields.some((value) => value !== null) ? fields : undefined;
  };
  const paceActual = list('pace.actual', state.stages.length);
  const { schedule } = state;
  return {
    view: state.view,
    lang,
    goal,
    periodMonths: state.period,
    stages: [...state.stages],  // a snapshot: the link may be written later
    conversions,
    historyMonths: field('historyMonths'),
    confidence: state.confidence ?? undefined,
    volume: { stage: state.volumeStage, count: field('volume.count') },
    dealValue: field('dealValue') ?? undefined,  // empty by default: no "fdv=" in every link
    // Once chosen, or with counts so far (their month's targets depend on it): next month is another month tomorrow.
    scheduleStart: schedule.startChosen || paceActual ? schedule.start : undefined,
    scheduleMonths: schedule.months,
    seasonality: schedule.seasonality,
    weights: list('seasonality', WEIGHTS),
    growth: field('growth') ?? undefined,
    lagDays: fieldsOf('lagDays', state.stages.length - 1),  // always: cleared, the example's would come back
    holidays: schedule.holidays,
    // The day the counts so far were taken on, with them: a link opened next week still means that day.
    paceAsOf: paceActual ? schedule.asOf : undefined,
    paceActual,
    ...reviewShared(state, field),
    ...channelsShared(state, field),
    ...handoffShared(state, field),
    imported: state.imported ? { first: state.imported.first, counts: state.imported.counts, channels: state.imported.channels } : undefined,
  };
}
