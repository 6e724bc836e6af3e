// The planner's state to and from the share-link shape (web/planner-state.js),
// and reading fields (web/fields.js): what is kept when a person clears or
// mistypes a field, and which problems are theirs to fix now.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { readFields } from '../../web/fields.js';
import { sharedOf, stateFrom } from '../../web/planner-state.js';
import { loadCore } from '../node/load-core.mjs';

let core;
before(async () => { core = await loadCore(); });

// The page's German spelling of numbers, as format.js gives it (the core spells them).
const fmt = () => ({
  exact: (n) => core.formatNumber(n, 'de', 'exact'),
  exactPercent: (n) => core.formatNumber(n, 'de', 'exactPercent'),
});
const VIEWS = ['plan', 'forecast'];
const DEFAULT_STAGES = ['MQL', 'SQL', 'Customer'];

const STARTS = [
  { name: 'nothing saved: the worked example', shared: {},
    expect: { view: 'plan', goalKind: 'customers', period: 1, confidence: null, volumeStage: 0,
      texts: { 'goal.customers': '50', historyMonths: '12', 'volume.count': '300', 'conversions[0].fromCount': '4.000',
        'conversions[0].toCount': '1.000', 'conversions[1].fromCount': '1.000', 'conversions[1].toCount': '500',
        'lagDays[0]': '30', 'lagDays[1]': '45' } } },
  { name: 'a link with a cleared goal, a typed text and a rate', shared: { view: 'forecast', goal: { customers: null },
    conversions: [{ fromCount: 300, toCount: '1e999' }, { rate: 0.5 }], periodMonths: 3, confidence: 0.9 },
    expect: { view: 'forecast', goalKind: 'customers', period: 3, confidence: 0.9, volumeStage: 0,
      texts: { 'goal.customers': '', historyMonths: '12', 'volume.count': '300', 'conversions[0].fromCount': '300',
        'conversions[0].toCount': '1e999', 'conversions[1].rate': '50\u00A0%' }, modes: ['counts', 'rate'] } },
  { name: 'a view or period the page does not have falls back', shared: { view: 'nowhere', periodMonths: 7 },
    expect: { view: 'plan', period: 1 } },
];
for (const { name, shared, expect } of STARTS) {
  test(`state from: ${name}`, () => {
    const state = stateFrom(shared, fmt(), undefined, VIEWS, DEFAULT_STAGES);
    // The channels' example is the next test's.
    const texts = Object.fromEntries(Object.entries(state.texts).filter(([field]) => !field.startsWith('channel[')));
    for (const [key, value] of Object.entries(expect)) assert.deepEqual(key === 'texts' ? texts : state[key], value, key);
  });
}

// Issue 18: the channels start as the example's with the example's funnel, and always travel in the link.
test('the channels: the example\'s, then the link\'s, every field as typed', () => {
  const example = stateFrom({}, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  assert.deepEqual(example.channels.names, ['LinkedIn', 'E-Mail', 'Website/SEO', 'Events', 'Partner']);
  assert.deepEqual(['channel[1].count[0]', 'channel[1].spend', 'channel[2].max'].map((field) => example.texts[field]), ['2.000', '24.000', '60']);
  const own = stateFrom({ conversions: [{ rate: 0.2 }, { rate: 0.5 }] }, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  assert.equal(own.texts['channel[0].count[0]'], undefined, 'another funnel: no invented channel numbers');
  const shared = { channelNames: ['LinkedIn', 'Podcast'], channelFields: [[1000, 400, 200, 30000, null], [50, 'zehn', null, 1000, 5]], budget: 5000 };
  const state = stateFrom(shared, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  assert.equal(state.texts['channel[1].count[1]'], 'zehn');
  const values = { 'channel[0].count[0]': 1000, 'channel[0].count[1]': 400, 'channel[0].count[2]': 200, 'channel[0].spend': 30000,
    'channel[1].count[0]': 50, 'channel[1].spend': 1000, 'channel[1].max': 5, budget: 5000 };
  const back = sharedOf(state, values, 'de');
  for (const key of Object.keys(shared)) assert.deepEqual(back[key], shared[key], key);
});

// Issue 15: the schedule's settings and the pacing's counts, kept as typed.
test('the schedule starts next month, with the example\'s sales cycle only for the example\'s funnel', () => {
  const state = stateFrom({}, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  const now = new Date();
  const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  assert.equal(state.schedule.start, `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}`);
  assert.deepEqual({ ...state.schedule, start: undefined, asOf: undefined },
    { start: undefined, startChosen: false, months: 12, seasonality: 'flat', holidays: 'de', asOf: undefined });
  assert.equal(sharedOf(state, {}, 'de').scheduleStart, undefined, 'next month, not pinned: tomorrow it may be another');
  const own = stateFrom({ conversions: [{ rate: 0.2 }, { rate: 0.5 }] }, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  assert.equal(own.texts['lagDays[0]'], undefined, 'another funnel: no invented sales cycle');
});

test('the schedule round-trips through the link shape, every field as typed', () => {
  const shared = {
    scheduleStart: '2027-03', scheduleMonths: 24, seasonality: 'custom', weights: [90, 100, null, 'elf', 100, 100, 85, 80, 110, 110, 110, 75],
    growth: 0.02, lagDays: [30, null], holidays: 'de-by', paceAsOf: '2027-03-17', paceActual: [250, null, 20],
  };
  const state = stateFrom(shared, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  assert.equal(state.texts.growth, '2\u00A0%');
  assert.equal(state.texts['seasonality[3]'], 'elf');
  const values = { growth: 0.02, 'lagDays[0]': 30, 'pace.actual[0]': 250, 'pace.actual[2]': 20 };
  for (const [index, weight] of shared.weights.entries()) if (typeof weight === 'number') values[`seasonality[${index}]`] = weight;
  const back = sharedOf(state, values, 'de');
  for (const key of Object.keys(shared)) assert.deepEqual(back[key], shared[key], key);
  const unpinned = { ...state, schedule: { ...state.schedule, startChosen: false } };
  assert.equal(sharedOf(unpinned, values, 'de').scheduleStart, '2027-03', 'with counts so far the start is kept: their targets depend on it');
});

test('the day of the counts so far is kept only with counts: without them it is today, every day', () => {
  const state = stateFrom({ paceAsOf: '2027-03-17' }, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  const shared = sharedOf(state, { 'lagDays[0]': 30, 'lagDays[1]': 45 }, 'de');
  assert.equal(shared.paceAsOf, undefined);
  assert.equal(shared.paceActual, undefined);
  assert.deepEqual(shared.lagDays, [30, 45], 'the lags always: a cleared one must not come back as the example\'s');
});

// Issue 17: the review's months are the link's, an import's, or the twelve before this one; its counts are kept as typed.
test('the KPI review round-trips through the link shape, a row per month of its period', () => {
  const shared = {
    reviewFrom: '2026-01', reviewTo: '2026-03', reviewCounts: [[1000, 250, 125], [], [900, 'zwölf', null]],
    reviewLags: [null, 1], reviewAlpha: 0.01, reviewTargets: 'schedule', reviewBaseline: 'plan',
  };
  const state = stateFrom(shared, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  assert.deepEqual(state.review, { from: '2026-01', to: '2026-03', alpha: 0.01, targets: 'schedule', baseline: 'plan' });
  assert.equal(state.texts['review.2026-01[0]'], '1.000');
  assert.equal(state.texts['review.2026-03[1]'], 'zwölf');
  const values = { 'review.2026-01[0]': 1000, 'review.2026-01[1]': 250, 'review.2026-01[2]': 125, 'review.2026-03[0]': 900, 'reviewLag[1]': 1 };
  const back = sharedOf(state, values, 'de');
  assert.deepEqual(back.reviewCounts, [[1000, 250, 125], [null, null, null], [900, 'zwölf', null]]);
  for (const key of ['reviewFrom', 'reviewTo', 'reviewLags', 'reviewAlpha', 'reviewTargets', 'reviewBaseline']) assert.deepEqual(back[key], shared[key], key);
  // Nothing typed: no period pinned, no defaults written into every link.
  const fresh = stateFrom({}, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  assert.equal(fresh.review.to, `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`, 'up to last month');
  const none = sharedOf(fresh, {}, 'de');
  assert.deepEqual([none.reviewFrom, none.reviewCounts, none.reviewAlpha, none.reviewTargets], [undefined, undefined, undefined, undefined]);
  const imported = stateFrom({ imported: { first: '2025-11', counts: [[1, 2, 3], [1, 1, 1]], channels: [] } }, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  assert.deepEqual([imported.review.from, imported.review.to], ['2025-11', '2026-01'], 'an import\'s months');
});

test('a goal attribute counts only when nothing was saved', () => {
  assert.equal(stateFrom({}, fmt(), 80, VIEWS, DEFAULT_STAGES).texts['goal.customers'], '80');
  assert.equal(stateFrom({ goal: { customers: 7 } }, fmt(), 80, VIEWS, DEFAULT_STAGES).texts['goal.customers'], '7');
});

const KEPT = [
  { name: 'a number is kept as its number', texts: { 'goal.customers': '50' }, values: { 'goal.customers': 50 }, expect: 50 },
  { name: 'a cleared field is kept as empty', texts: { 'goal.customers': '  ' }, values: {}, expect: null },
  { name: 'text that is no number is kept as typed', texts: { 'goal.customers': 'fünfzig' }, values: {}, expect: 'fünfzig' },
];
for (const { name, texts, values, expect } of KEPT) {
  test(`shared: ${name}`, () => {
    const state = { ...stateFrom({}, fmt(), undefined, VIEWS, DEFAULT_STAGES) };
    state.texts = { ...state.texts, ...texts };
    assert.deepEqual(sharedOf(state, values, 'de').goal, { customers: expect });
  });
}

test('reading fields: only a shown field\'s problem is the person\'s to fix now', () => {
  const texts = { 'goal.customers': 'abc', historyMonths: '', 'volume.count': 'x', 'conversions[0].rate': '25,5' };
  const shown = new Map([['goal.customers', { optional: false }], ['historyMonths', { optional: true }], ['conversions[0].rate', { optional: false }]]);
  const { values, messages, hints } = readFields(texts, shown, core, { lang: 'de', currency: 'EUR', stages: DEFAULT_STAGES });
  assert.deepEqual(values, { 'conversions[0].rate': 0.255 });  // a rate is read in percent
  assert.deepEqual([...messages.keys()], ['goal.customers']);  // volume.count is not shown; history is optional
  assert.equal(messages.get('goal.customers'), '„abc“ passt hier nicht. Bitte eine ganze Zahl wie 470 eingeben.');
  assert.deepEqual(hints, []);
});

test('reading fields: each field is read for what it holds, and a likely slip comes back as a hint', () => {
  const texts = { 'goal.revenue': '2,5 Mio. €', 'goal.dealValue': '24.900,-', historyMonths: '1 Jahr', 'conversions[0].rate': '0,31',
    'conversions[1].fromCount': '470 SQLs' };
  const shown = new Map(Object.keys(texts).map((field) => [field, { optional: false }]));
  const { values, messages, hints } = readFields(texts, shown, core, { lang: 'de', currency: 'EUR', stages: DEFAULT_STAGES });
  assert.deepEqual(values, { 'goal.revenue': 2500000, 'goal.dealValue': 24900, historyMonths: 12, 'conversions[0].rate': 0.0031,
    'conversions[1].fromCount': 470 });
  assert.equal(messages.size, 0);
  assert.deepEqual(hints.map(({ field, code }) => `${field}:${code}`),
    ['goal.revenue:read_as', 'historyMonths:read_as_months', 'conversions[0].rate:percent_as_fraction']);
  assert.deepEqual(hints[2].apply, [{ field: 'conversions[0].rate', value: 0.31 }]);
});

// Issue 19: the hand-off's criteria are the core's suggestion (null here: the view sets them) until edited;
// then they, the thresholds, capacity and levels, the parties, the start and the source travel in the link.
test('the hand-off: nothing in the link until opened; then every setting as typed', () => {
  const fresh = stateFrom({}, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  assert.equal(fresh.handoff.criteria, null);
  assert.deepEqual(Object.keys(sharedOf(fresh, {}, 'de')).filter((key) => key.startsWith('handoff')), []);
  const shared = {
    handoffCriteria: [{ name: 'Branche', group: 'fit', points: 30 }, { name: 'Demo', group: 'behaviour', points: 'dreißig' }],
    handoffThresholds: [40, 70, null], handoffCapacity: [40, null, 3], handoffLevels: [8, 2, 5, 10, 5, 12],
    handoffParties: ['Muster GmbH', '', 'Max'], handoffStart: '2027-01-01', handoffSource: 'schedule',
  };
  const state = stateFrom(shared, fmt(), undefined, VIEWS, DEFAULT_STAGES);
  assert.deepEqual(state.handoff.criteria, [{ name: 'Branche', group: 'fit' }, { name: 'Demo', group: 'behaviour' }]);
  assert.deepEqual([state.texts['criterion[1].points'], state.texts['handoff.minFit'], state.texts['sla.response']], ['dreißig', '', '8']);
  const values = { 'criterion[0].points': 30, 'handoff.mql': 40, 'handoff.sql': 70, 'handoff.perPerson': 40, 'handoff.team': 3,
    'sla.response': 8, 'sla.demoResponse': 2, 'sla.attempts': 5, 'sla.attemptDays': 10, 'sla.feedbackDays': 5, 'sla.term': 12 };
  const back = sharedOf(state, values, 'de');
  for (const key of Object.keys(shared)) assert.deepEqual(back[key], shared[key], key);
});
