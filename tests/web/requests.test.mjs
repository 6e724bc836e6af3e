// The views' requests for the core, from the planner's state and the parsed
// values: table-driven, each case the state a person could be in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conversionsOf } from '../../web/planner-state.js';
import { forecastRequest } from '../../web/views/forecast/request.js';
import { planRequest } from '../../web/views/plan/request.js';

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
