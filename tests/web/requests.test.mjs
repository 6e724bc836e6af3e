// The views' requests for the core, from the planner's state and the parsed
// values: table-driven, each case the state a person could be in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conversionsOf } from '../../web/planner-state.js';
import { forecastRequest } from '../../web/views/forecast/request.js';
import { planRequest } from '../../web/views/plan/request.js';
import { scheduleRequest } from '../../web/views/shared/schedule-request.js';
import { answerSchedule } from '../../web/views/schedule/request.js';
import { answerReview, reviewRequest } from '../../web/views/review/request.js';
import { answerChannels, channelsRequest } from '../../web/views/channels/request.js';
import { answerHandoff, handoffRequest } from '../../web/views/handoff/request.js';
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

// Issue 17: the KPI review's request (the typed months, gaps left out) and its answer (targets from the plan or the schedule).
const REVIEW = { from: '2026-01', to: '2026-04', alpha: 0.05, targets: 'none', baseline: 'earlier' };
const typedMonths = {
  'review.2026-01[0]': '1.000', 'review.2026-01[1]': '250', 'review.2026-01[2]': '125',
  'review.2026-03[0]': '900', 'review.2026-03[1]': 'zwölf', 'review.2026-03[2]': '',
};
const REVIEWS = [
  { name: 'an empty month is a gap; a field not read or left empty is null, for the core to name',
    state: { review: REVIEW, texts: typedMonths }, values: { 'review.2026-01[0]': 1000, 'review.2026-01[1]': 250, 'review.2026-01[2]': 125, 'review.2026-03[0]': 900 },
    conversions: [{ fromCount: 4000, toCount: 1000 }, { rate: 0.5 }],
    expect: { months: [{ month: '2026-01', counts: [1000, 250, 125] }, { month: '2026-03', counts: [900, null, null] }], alpha: 0.05, lagMonths: [0, 0],
      reference: [{ fromCount: 4000, toCount: 1000 }, { rate: 0.5 }] } },
  { name: 'the plan\'s history as the baseline, a stricter test, an offset; a funnel being typed draws no plan line',
    state: { review: { ...REVIEW, baseline: 'plan', alpha: 0.01 }, texts: { 'review.2026-02[0]': '7' } }, values: { 'review.2026-02[0]': 7, 'reviewLag[1]': 1 },
    conversions: [{ fromCount: 4000, toCount: undefined }, { rate: 0.5 }],
    expect: { months: [{ month: '2026-02', counts: [7, null, null] }], alpha: 0.01, lagMonths: [0, 1], baseline: [{ fromCount: 4000, toCount: undefined }, { rate: 0.5 }] } },
];
for (const { name, state, values, conversions, expect } of REVIEWS) {
  test(`review request: ${name}`, () => {
    const names = ['MQL', 'SQL', 'Kunde'];
    const request = reviewRequest({ ...FUNNEL, goalKind: 'customers', period: 1, schedule: SCHEDULE, ...state }, values, 'de', { conversions, names, rules: RULES });
    assert.deepEqual(request.review, { locale: 'de', stages: names, ...expect });
    assert.equal(request.targets.source, state.review.targets);
  });
}

test('review answer: the plan\'s goal as each month\'s target, every problem at its field', async () => {
  const module = await loadCore('funnel-schedule');
  const conversions = [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }];
  const texts = {};
  const values = { 'goal.customers': 50 };
  for (const month of ['2026-01', '2026-02', '2026-03']) {
    [380, 95, 40].forEach((count, stage) => { texts[`review.${month}[${stage}]`] = String(count); values[`review.${month}[${stage}]`] = count; });
  }
  const state = { ...FUNNEL, goalKind: 'customers', period: 3, schedule: SCHEDULE, texts, review: { ...REVIEW, targets: 'plan', to: '2026-03' } };
  const request = reviewRequest(state, values, 'de', { conversions, names: FUNNEL.stages, rules: RULES });
  assert.deepEqual([request.targets.schedule.start, request.targets.schedule.months, request.targets.schedule.lagDays], ['2026-01', 3, [0, 0]]);
  const answer = answerReview(module, request);
  assert.equal(answer.ok, true);
  // 50 customers a quarter, exactly: 17, 17, 16 (the running total rounded up), each stage from its month's customers.
  assert.deepEqual(answer.volumes[2].months.map((month) => month.target), [17, 17, 16]);
  assert.deepEqual(answer.volumes[0].months.map((month) => month.target), [136, 136, 128]);
  assert.deepEqual(answer.targetsFrom, { source: 'plan', first: '2026-01', last: '2026-03' });
  assert.equal(answer.conversions[0].reference, 0.25);
  const wrong = answerReview(module, reviewRequest({ ...state, texts: { ...texts, 'review.2026-02[1]': '' } }, { ...values, 'review.2026-02[1]': undefined, 'reviewLag[0]': 9 }, 'de',
    { conversions, names: FUNNEL.stages, rules: RULES }));
  assert.deepEqual(wrong.errors.map((error) => `${error.field}:${error.code}`), ['review.2026-02[1]:missing', 'reviewLag[0]:lag_months_range']);
  const empty = answerReview(module, reviewRequest({ ...state, texts: {} }, {}, 'de', { conversions, names: FUNNEL.stages, rules: RULES }));
  assert.deepEqual(empty, { ok: true, empty: true, targetsFrom: { source: 'plan' } });
});

// Issue 18: the channels' request (a row per channel, conversions from one stage's count to the next's,
// an empty row left out) and its answer's errors at the table's fields.
test('channels request: rows of counts, spend and ceiling; an empty row left out; errors at the table\'s fields', async () => {
  const state = {
    stages: ['MQL', 'SQL', 'Customer'], channels: { names: ['LinkedIn', 'Leer', 'Partner'], modes: ['counts', 'counts', 'counts'] },
    texts: { 'channel[0].count[0]': '1.000', 'channel[0].count[1]': '400', 'channel[0].count[2]': '200', 'channel[0].spend': '30.000',
      'channel[2].count[0]': '100', 'channel[2].count[1]': '30', 'channel[2].count[2]': '40', 'channel[2].spend': '0', 'channel[2].max': '10' },
  };
  const values = { 'channel[0].count[0]': 1000, 'channel[0].count[1]': 400, 'channel[0].count[2]': 200, 'channel[0].spend': 30000,
    'channel[2].count[0]': 100, 'channel[2].count[1]': 30, 'channel[2].count[2]': 40, 'channel[2].spend': 0, 'channel[2].max': 10, budget: 5000 };
  const request = channelsRequest(state, values, 'de', { goal: { customers: 50 }, historyMonths: 12 });
  assert.deepEqual(request.rows, [0, 2]);
  assert.deepEqual(request.input, {
    locale: 'de', stages: state.stages, goal: { customers: 50 }, historyMonths: 12, budget: 5000,
    channels: [
      { name: 'LinkedIn', conversions: [{ fromCount: 1000, toCount: 400 }, { fromCount: 400, toCount: 200 }], spend: 30000 },
      { name: 'Partner', conversions: [{ fromCount: 100, toCount: 30 }, { fromCount: 30, toCount: 40 }], spend: 0, maxPerMonth: 10 },
    ],
  });
  const module = await loadCore('funnel-channels');
  const answer = answerChannels(module, request);
  // Partner's 40 customers of 30 SQLs: said at its customers' field, the third stage of the table's third row.
  assert.deepEqual(answer.errors.map((error) => `${error.field}:${error.code}`), ['channel[2].count[2]:exceeds_from_count']);
  assert.deepEqual(answerChannels(module, channelsRequest({ ...state, texts: {} }, {}, 'de', { goal: { customers: 50 }, historyMonths: 12 })), { ok: true, empty: true });
  // A channel typed in rates: its top stage's count as topCount, a rate per conversion; a rate's problem at its field.
  const byRate = { ...state, channels: { ...state.channels, modes: ['rate', 'counts', 'counts'] },
    texts: { ...state.texts, 'channelRate[0][0]': '40', 'channelRate[0][1]': '150' } };
  const rated = channelsRequest(byRate, { ...values, 'channelRate[0][0]': 0.4, 'channelRate[0][1]': 1.5 }, 'de', { goal: { customers: 50 }, historyMonths: 12 });
  assert.deepEqual(rated.input.channels[0], { name: 'LinkedIn', conversions: [{ rate: 0.4 }, { rate: 1.5 }], spend: 30000, topCount: 1000 });
  assert.deepEqual(answerChannels(module, rated).errors.map((error) => `${error.field}:${error.code}`),
    ['channelRate[0][1]:rate_above_one', 'channel[2].count[2]:exceeds_from_count']);
  // A rate left empty is missing at its own field, not read as counts.
  const blank = channelsRequest(byRate, { ...values, 'channelRate[0][0]': 0.4 }, 'de', { goal: { customers: 50 }, historyMonths: 12 });
  assert.deepEqual(answerChannels(module, blank).errors.map((error) => `${error.field}:${error.code}`),
    ['channelRate[0][1]:missing', 'channel[2].count[2]:exceeds_from_count']);
});

// Issue 19: the hand-off's request (the criteria with their points and ticks, the thresholds, the capacity,
// the service levels; the plan's request as the plan view makes it) and its answer: the commitments are
// the plan's, at its confidence level when one is chosen, or the schedule's months; errors at the fields.
test('hand-off request: criteria, thresholds, capacity and levels; commitments from the plan at its level', async () => {
  const state = {
    stages: ['MQL', 'SQL', 'Customer'],
    handoff: { criteria: [{ name: 'Branche', group: 'fit' }, { name: 'Demo', group: 'behaviour' }], met: [true, true], source: 'plan', parties: ['', '', ''], start: '' },
  };
  const values = {
    'criterion[0].points': 30, 'criterion[1].points': 30, 'handoff.mql': 40, 'handoff.sql': 60, 'handoff.minFit': 30,
    'handoff.perPerson': 40, 'handoff.team': 2, 'sla.response': 24, 'sla.demoResponse': 4, 'sla.attempts': 5,
    'sla.attemptDays': 10, 'sla.feedbackDays': 5, 'sla.term': 12,
  };
  const plan = { locale: 'de', goal: { customers: 50 }, stages: state.stages, conversions: [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }], historyMonths: 12, periodMonths: 1 };
  const request = handoffRequest(state, values, 'de', { plan, schedule: { never: 'used' } });
  assert.equal(request.schedule, null, 'commitments from the plan: no schedule asked for');
  assert.deepEqual(request.handoff, {
    locale: 'de',
    criteria: [{ name: 'Branche', group: 'fit', points: 30, met: true }, { name: 'Demo', group: 'behaviour', points: 30, met: true }],
    thresholds: { mql: 40, sql: 60, sqlMinFit: 30 },
    capacity: { perPerson: 40, team: 2 },
    levels: { responseHours: 24, demoResponseHours: 4, attempts: 5, attemptDays: 10, feedbackDays: 5, termMonths: 12 },
  });
  const [page, months] = await Promise.all([loadCore(), loadCore('funnel-schedule')]);
  const answer = answerHandoff(page, months, request);
  // 30 + 30 = 60 with a fit of 30: an SQL. 400 MQLs and 100 SQLs; 100 SQLs at 40 need 3 people, a team of 2 is 1 short.
  assert.deepEqual([answer.score.total, answer.score.stage], [60, 'sql']);
  assert.deepEqual([answer.commitments[0].top, answer.commitments[0].handoff, answer.capacity.people, answer.capacity.shortBy], [400, 100, 3, 1]);
  // At 90 %, the commitments are the 90 % plan's: more than the average plan's.
  const sure = answerHandoff(page, months, { ...request, plan: { ...plan, confidence: 0.9 } });
  assert.ok(sure.commitments[0].top > 400 && sure.commitments[0].top === sure.plan.confidence.stages[0].required);
  // Each problem at its field; the plan's own at "handoff.plan" (its fields are in the plan view).
  const wrong = handoffRequest(state, { ...values, 'criterion[1].points': 150, 'sla.term': undefined }, 'de', { plan, schedule: null });
  assert.deepEqual(answerHandoff(page, months, wrong).errors.map((error) => `${error.field}:${error.code}`),
    ['sla.term:missing', 'criterion[1].points:points_range']);
  const noGoal = answerHandoff(page, months, { ...request, plan: { ...plan, goal: { customers: undefined } } });
  assert.deepEqual(noGoal.errors.map((error) => error.field), ['handoff.plan']);
});
