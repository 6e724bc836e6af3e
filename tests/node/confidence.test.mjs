import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore();
});

const workedExample = (extra = {}) => ({
  goal: { customers: 50 },
  conversions: [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }],
  historyMonths: 12,
  ...extra,
});

// P(Binomial(n, 1/2) >= g) exactly, with BigInt binomial coefficients.
function halfBinomialTail(g, n) {
  let coefficient = 1n;
  let sum = 0n;
  for (let k = 0; k <= n; k += 1) {
    if (k >= g) sum += coefficient;
    coefficient = (coefficient * BigInt(n - k)) / BigInt(k + 1);
  }
  return Number((sum * 10n ** 15n) / 2n ** BigInt(n)) / 1e15;
}

describe('plan with confidence', () => {
  test('is null unless asked for', () => {
    assert.equal(core.plan(workedExample()).confidence, null);
  });

  test('with a fixed rate is the plain binomial tail', () => {
    const plan = core.plan({ goal: { customers: 50 }, stages: ['SQL', 'Customer'], conversions: [{ rate: 0.5 }], confidence: 0.9 });
    assert.ok(Math.abs(plan.confidence.probabilityAtPlan - halfBinomialTail(50, 100)) < 1e-9);
    const required = plan.confidence.stages[0].required;
    assert.ok(halfBinomialTail(50, required) >= 0.9);
    assert.ok(halfBinomialTail(50, required - 1) < 0.9);
  });

  test('asks for more leads the surer it must be, and the point plan is about a coin flip', () => {
    const levels = [0.5, 0.8, 0.9, 0.95];
    const tops = levels.map((confidence) => core.plan(workedExample({ confidence })).confidence.stages[0].required);
    for (let i = 1; i < tops.length; i += 1) assert.ok(tops[i] > tops[i - 1], `${tops}`);
    const plan = core.plan(workedExample({ confidence: 0.9 }));
    assert.ok(plan.confidence.probabilityAtPlan > 0.4 && plan.confidence.probabilityAtPlan < 0.6);
    assert.deepEqual(plan.confidence.stages.map((stage) => stage.name), ['MQL', 'SQL', 'Customer']);
    assert.equal(plan.confidence.stages[2].required, 50);
    assert.equal(plan.confidence.level, 0.9);
  });

  test('a small sample needs more leads for the same confidence', () => {
    const measured = core.plan(workedExample({ confidence: 0.9 })).confidence.stages[0].required;
    const small = core.plan(workedExample({
      conversions: [{ fromCount: 40, toCount: 10 }, { fromCount: 10, toCount: 5 }], confidence: 0.9,
    }));
    assert.ok(small.confidence.stages[0].required > measured);
    assert.equal(small.warnings.length, 1);
    assert.equal(small.warnings[0].code, 'small_sample');
  });

  test('refuses a confidence outside [0.5, 1) and one that would exceed 2^53', () => {
    for (const confidence of [0.49, 1, 1.5, -1]) {
      const plan = core.plan(workedExample({ confidence }));
      assert.deepEqual(plan.errors.map((error) => `${error.field}:${error.code}`), ['confidence:confidence_range']);
    }
    assert.equal(core.plan(workedExample({ confidence: NaN })).errors[0].code, 'not_finite');
    assert.equal(core.plan(workedExample({ confidence: '90 %' })).errors[0].code, 'not_a_number');
    const huge = core.plan({ goal: { customers: 4.4e15 }, stages: ['SQL', 'Customer'], conversions: [{ fromCount: 1000, toCount: 500 }], confidence: 0.99 });
    assert.deepEqual(huge.errors.map((error) => `${error.field}:${error.code}`), ['confidence:too_large']);
  });
});

describe('forecast', () => {
  test('turns 300 MQLs into expected SQLs and customers with an 80 % range', () => {
    const result = core.forecast({ conversions: workedExample().conversions, volume: { stage: 'MQL', count: 300 } });
    assert.equal(result.ok, true);
    assert.deepEqual(result.stages.map((stage) => stage.name), ['MQL', 'SQL', 'Customer']);
    assert.deepEqual(result.stages[0], { name: 'MQL', expected: 300, low: 300, high: 300 });
    // Posterior means: (1000.5 / 4001) and (500.5 / 1001).
    assert.ok(Math.abs(result.stages[1].expected - 300 * 1000.5 / 4001) < 1e-9);
    assert.ok(Math.abs(result.stages[2].expected - 300 * (1000.5 / 4001) * (500.5 / 1001)) < 1e-9);
    for (const stage of result.stages.slice(1)) {
      assert.ok(stage.low < stage.expected && stage.expected < stage.high, JSON.stringify(stage));
      assert.ok(Number.isInteger(stage.low) && Number.isInteger(stage.high));
    }
  });

  test('starts at a stage given by name or index', () => {
    const byName = core.forecast({ conversions: workedExample().conversions, volume: { stage: 'SQL', count: 100 } });
    const byIndex = core.forecast({ conversions: workedExample().conversions, volume: { stage: 1, count: 100 } });
    assert.deepEqual(byName, byIndex);
    assert.deepEqual(byName.stages.map((stage) => stage.name), ['SQL', 'Customer']);
  });

  test('a fixed rate gives the binomial percentiles', () => {
    const result = core.forecast({ stages: ['SQL', 'Customer'], conversions: [{ rate: 0.5 }], volume: { stage: 'SQL', count: 100 } });
    const customers = result.stages[1];
    assert.equal(customers.expected, 50);
    // The 10th percentile is the smallest x with P(X <= x) >= 0.1.
    assert.ok(1 - halfBinomialTail(customers.low + 1, 100) >= 0.1);
    assert.ok(1 - halfBinomialTail(customers.low, 100) < 0.1);
    assert.ok(1 - halfBinomialTail(customers.high + 1, 100) >= 0.9);
    assert.ok(1 - halfBinomialTail(customers.high, 100) < 0.9);
  });

  test('reports unknown stages and bad counts with their fields', () => {
    const result = core.forecast({ locale: 'de', conversions: workedExample().conversions, volume: { stage: 'Lead', count: 2.5 } });
    assert.deepEqual(result.errors.map((error) => `${error.field}:${error.code}`), ['volume.stage:unknown_stage', 'volume.count:not_whole']);
    assert.match(result.errors[0].message, /Stufe/);
    assert.deepEqual(core.forecast({ conversions: [] }).errors.map((error) => error.field), ['volume', 'conversions']);
    assert.equal(core.forecast(undefined).ok, false);
  });
});
