// The views' requests for the core, from the planner's state and the parsed
// values: table-driven, each case the state a person could be in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conversionsOf } from '../../web/planner-state.js';
import { forecastRequest } from '../../web/views/forecast/request.js';
import { planRequest } from '../../web/views/plan/request.js';
import { answerSchedule, scheduleRequest } from '../../web/views/schedule/request.js';
import { loadCore } from '../node/load-core.mjs';

const FUNNEL = { stages: ['MQL', 'SQL', 'Customer'], modes: ['counts', 'rate'] };
const PARSED = {
  'goal.customers': 50, 'goal.revenue': 100000, 'goal.dealValue': 2000, historyMonths: 12, 'volume.count': 300,
  'conversions[0].fromCount': 4000, 'conversions[0].toCount': 1000, 'conversions[1].rate': 0.5,
  'conversions[1].fromCount': 1000, 'conversions[1].toCount': 500,
};

const CONVERSIONS = [
  { name: 'each conversion in its own mode, the other mode\'s values left out', modes: ['counts', 'rate'], values: PARSED,
    expect: [{ fromCount: 4000, toCount: 1000 }, { rate: 0.5 }] },
  { name: 'a field that did not parse is left undefined, for the core to name', modes: ['counts', 'counts'],
    values: { 'conversions[0].fromCount': 4000 },
    expect: [{ fromCount: 4000, toCount: undefined }, { fromCount: undefined, toCount: undefined }] },
];
for (const { name, modes, values, expect } of CONVERSIONS) {
  test(`conversions: ${name}`, () => assert.deepEqual(conversionsOf({ ...FUNNEL, modes }, values), expect));
}

const PLANS = [
  { name: 'a customers goal per month, the point plan', state: { goalKind: 'customers', period: 1, confidence: null }, lang: 'de',
    expect: { locale: 'de', goal: { customers: 50 }, historyMonths: 12, periodMonths: 1, confidence: undefined } },
  { name: 'a revenue goal per quarter at 90 %', state: { goalKind: 'revenue', period: 3, confidence: 0.9 }, lang: 'en',
    expect: { locale: 'en', goal: { revenue: 100000, dealValue: 2000 }, historyMonths: 12, periodMonths: 3, confidence: 0.9 } },
  { name: 'an empty goal stays undefined: the core says so on goal.customers', state: { goalKind: 'customers', period: 12, confidence: 0.95 },
    lang: 'de', values: { historyMonths: 12 },
    expect: { locale: 'de', goal: { customers: undefined }, historyMonths: 12, periodMonths: 12, confidence: 0.95 } },
];
PLANS.push({ name: 'with a start month chosen in the schedule, its real working days', lang: 'de',
  state: { goalKind: 'customers', period: 1, confidence: null, schedule: { start: '2027-03', startChosen: true, holidays: 'de-by' } },
  expect: { locale: 'de', goal: { customers: 50 }, historyMonths: 12, periodMonths: 1, confidence: undefined, start: '2027-03', holidays: 'de-by' } });
PLANS.push({ name: 'the schedule\'s default start (next month) is not a chosen one', lang: 'de',
  state: { goalKind: 'customers', period: 1, confidence: null, schedule: { start: '2027-03', startChosen: false, holidays: 'de' } },
  expect: { locale: 'de', goal: { customers: 50 }, historyMonths: 12, periodMonths: 1, confidence: undefined } });
for (const { name, state, lang, values = PARSED, expect } of PLANS) {
  test(`plan request: ${name}`, () => {
    const conversions = [{ fromCount: 4000, toCount: 1000 }];
    assert.deepEqual(planRequest({ ...FUNNEL, ...state }, values, lang, conversions),
      { ...expect, stages: FUNNEL.stages, conversions });
  });
}

const FORECASTS = [
  { name: 'this month\'s leads at the top, compared with a customers goal', state: { volumeStage: 0, goalKind: 'customers' },
    values: { ...PARSED, dealValue: 24900 }, expect: { volume: { stage: 0, count: 300 }, dealValue: 24900, goal: { customers: 50 } } },
  { name: 'with a revenue goal, whose deal value the core prices the customers with', state: { volumeStage: 0, goalKind: 'revenue' },
    values: PARSED, expect: { volume: { stage: 0, count: 300 }, dealValue: undefined, goal: { revenue: 100000, dealValue: 2000 } } },
  { name: 'at the second stage, the count not readable', state: { volumeStage: 1, goalKind: 'customers' }, values: {},
    expect: { volume: { stage: 1, count: undefined }, dealValue: undefined, goal: { customers: undefined } } },
];
for (const { name, state, values, expect } of FORECASTS) {
  test(`forecast request: ${name}`, () => {
    const conversions = [{ rate: 0.25 }, { rate: 0.5 }];
    assert.deepEqual(forecastRequest({ ...FUNNEL, ...state }, values, 'de', conversions),
      { locale: 'de', stages: FUNNEL.stages, conversions, ...expect });
  });
}

// Issue 15: the schedule's request, and its answer with the month's pacing.
const RULES = { seasonality: [{ id: 'flat', weights: Array(12).fill(100) }, { id: 'de-b2b', weights: [90, 100, 110, 100, 100, 100, 85, 80, 110, 110, 110, 75] }] };
const SCHEDULE = { start: '2027-03', months: 12, seasonality: 'flat', holidays: 'de-by', asOf: '2027-03-17' };
const SCHEDULES = [
  { name: 'the plan\'s goal per quarter goes along as typed, with its period; an empty lag is the same month',
    state: { goalKind: 'customers', period: 3, schedule: SCHEDULE }, values: { ...PARSED, 'lagDays[0]': 30 },
    expect: { goal: { customers: 50 }, periodMonths: 3, lagDays: [30, 0] } },
  { name: 'a preset season is the core\'s weights, a growth in percent its share',
    state: { goalKind: 'revenue', period: 1, schedule: { ...SCHEDULE, seasonality: 'de-b2b' } }, values: { ...PARSED, growth: 0.02 },
    expect: { goal: { revenue: 100000, dealValue: 2000 }, periodMonths: 1, lagDays: [0, 0], growth: 0.02, seasonality: RULES.seasonality[1].weights } },
  { name: 'a season of one\'s own is the twelve fields, an unreadable one undefined for the core to name',
    state: { goalKind: 'customers', period: 1, schedule: { ...SCHEDULE, seasonality: 'custom' } },
    values: { 'goal.customers': 50, ...Object.fromEntries(Array.from({ length: 11 }, (_, month) => [`seasonality[${month}]`, 100])) },
    expect: { goal: { customers: 50 }, periodMonths: 1, lagDays: [0, 0], seasonality: [...Array(11).fill(100), undefined] } },
];
for (const { name, state, values, expect } of SCHEDULES) {
  test(`schedule request: ${name}`, () => {
    const conversions = [{ rate: 0.25 }, { rate: 0.5 }];
    const request = scheduleRequest({ ...FUNNEL, ...state }, values, 'de', conversions, RULES);
    assert.deepEqual(request.schedule, { locale: 'de', stages: FUNNEL.stages, conversions, start: '2027-03', months: 12, ...expect });
    assert.deepEqual(request.pace, { asOf: '2027-03-17', holidays: 'de-by', actual: [undefined, undefined, undefined] });
  });
}

test('schedule answer: the as-of month is paced against its volumes in the schedule', async () => {
  const module = await loadCore('funnel-schedule');
  const conversions = [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }];
  const state = { ...FUNNEL, goalKind: 'customers', period: 1, schedule: SCHEDULE };
  const request = scheduleRequest(state, { 'goal.customers': 50, 'lagDays[1]': 30, 'pace.actual[0]': 250, 'pace.actual[1]': 55 }, 'de', conversions, RULES);
  const answer = answerSchedule(module, request);
  assert.equal(answer.ok, true);
  assert.deepEqual(answer.pace.stages.map((stage) => [stage.target, stage.actual]), [[400, 250], [100, 55], [50, 0]],
    'March: the SQLs for April\'s customers, a month ahead, and the MQLs for them');
  assert.deepEqual(answer.months.slice(0, 2), ['2027-02', '2027-03'], 'February: the SQLs and MQLs for March');
  assert.equal(answer.pace.total, 21);  // de-by: Good Friday and Easter Monday 2027 fall in March
  const outside = answerSchedule(module, { ...request, pace: { ...request.pace, asOf: '2026-01-05' } });
  assert.deepEqual(outside.pace, { outside: '2026-01' });
  const wrong = answerSchedule(module, { ...request, pace: { ...request.pace, actual: [2.5, 0, 0] } });
  assert.deepEqual(wrong.errors.map((error) => `${error.field}:${error.code}`), ['pace.actual[0]:not_whole']);
  const noGoal = answerSchedule(module, { ...request, schedule: { ...request.schedule, goal: { customers: 0 } } });
  assert.deepEqual(noGoal.errors.map((error) => `${error.field}:${error.code}`), ['schedule.goal:all_zero'], 'said beside the goal\'s line');
});
