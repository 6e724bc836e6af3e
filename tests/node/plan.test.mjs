import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { GOLDEN, firstDifference, fromJson } from './golden.mjs';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore();
});

const workedExample = () => ({
  goal: { customers: 50 },
  conversions: [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }],
  historyMonths: 12,
});

describe('plan through the wasm module', () => {
  for (const row of GOLDEN) {
    test(`golden: ${row.name}`, () => {
      assert.equal(firstDifference(core.plan(fromJson(row.input)), row.expect), '');
    });
  }

  // Issue 13: JavaScript's null crosses the binding as a present but empty value.
  test('an explicit null is missing on its own field, not on the object around it', () => {
    const fields = (answer) => answer.errors.map((error) => `${error.field}:${error.code}`);
    const example = workedExample();
    assert.deepEqual(fields(core.plan({ ...example, goal: { customers: null } })), ['goal.customers:missing']);
    assert.deepEqual(fields(core.plan({ ...example, goal: { revenue: null, dealValue: 2000 } })), ['goal.revenue:missing']);
    assert.deepEqual(fields(core.plan({ ...example, conversions: [{ rate: null }, { fromCount: 1000, toCount: null }] })),
      ['conversions[0].rate:missing', 'conversions[1].toCount:missing']);
    const volume = { stages: ['MQL', 'SQL', 'Customer'], conversions: example.conversions, volume: { stage: 0, count: null } };
    assert.deepEqual(fields(core.forecast(volume)), ['volume.count:missing']);
  });

  // Issue 13: nothing is cut on the way in. Lists of up to 100,000 entries
  // arrive whole (an import needs them); a longer list, or a value nested
  // deeper than any request, is an error at its own path.
  test('a list too long or a value too deep is too_long at its path, never cut', () => {
    const fields = (answer) => answer.errors.map((error) => `${error.field}:${error.code}`);
    const example = workedExample();
    const many = (count) => Array.from({ length: count }, () => ({ rate: 0.5 }));
    assert.deepEqual(fields(core.plan({ ...example, conversions: many(100001) })), ['conversions:too_long']);
    const whole = core.plan({ ...example, conversions: many(100000) });
    assert.ok(fields(whole).every((field) => !field.endsWith(':too_long')), fields(whole).slice(0, 3).join());
    assert.deepEqual(fields(core.plan({ ...example, historyMonths: { a: { b: { c: { d: { e: { f: 1 } } } } } } })),
      ['historyMonths.a.b.c.d.e:too_long']);
    assert.equal(core.writeCsv({ locale: 'de', rows: Array.from({ length: 100001 }, () => ['x']) }), '');
  });

  // The calls come from the core's list (src/calls.h); the binding's own entry points do not stay behind.
  test('offers every call of the core\'s list and nothing of the binding', () => {
    for (const name of ['plan', 'forecast', 'readShareLink', 'writeShareLink', 'writeCsv', 'writeMarkdown',
      'parseNumber', 'parsePercent', 'formatNumber', 'funnelRules']) assert.equal(typeof core[name], 'function', name);
    for (const name of ['call', 'callTable', 'answerKeyNames']) assert.equal(core[name], undefined, name);
    assert.equal(core.formatNumber(1234.5, 'de', 'exact'), '1.234,5');  // three arguments arrive
  });

  // The web layer takes the funnel's limits and default stages from here (src/funnel.h).
  test('names the funnel\'s rules once, for the page', () => {
    assert.deepEqual(core.funnelRules(), { minStages: 2, maxStages: 8, maxStageNameLength: 40, defaultStages: ['MQL', 'SQL', 'Customer'] });
    const stages = (count) => Array.from({ length: count }, (_, i) => `S${i}`);
    const rates = (count) => Array.from({ length: count - 1 }, () => ({ rate: 0.5 }));
    const plan = (count) => core.plan({ goal: { customers: 5 }, stages: stages(count), conversions: rates(count) });
    assert.equal(plan(8).ok, true);
    assert.deepEqual(plan(9).errors.map((error) => error.code), ['stage_count']);
  });

  test('returns plain objects that need no .delete()', () => {
    const plan = core.plan(workedExample());
    assert.equal(Object.getPrototypeOf(plan), Object.prototype);
    assert.equal(Object.getPrototypeOf(plan.stages[0]), Object.prototype);
    assert.ok(Array.isArray(plan.stages));
    assert.deepEqual(JSON.parse(JSON.stringify(plan)), plan);
  });

  test('reproduces the worked example with its run-rate gap', () => {
    const plan = core.plan(workedExample());
    assert.deepEqual(plan.stages.map((stage) => stage.required), [400, 100, 50]);
    assert.ok(Math.abs(plan.stages[0].historicalPerPeriod - 4000 / 12) < 1e-9);
    assert.ok(Math.abs(plan.stages[0].gap - 0.2) < 1e-9);
    assert.equal(plan.overallRate, 0.125);
  });

  test('a JS rate is read as its shortest decimal: 7 at 0.07 needs 100, not 101', () => {
    assert.equal(Math.ceil(21 / 0.35), 61);  // the float trap a naive calculator falls into
    const plan = core.plan({ goal: { customers: 7 }, stages: ['SQL', 'Customer'], conversions: [{ rate: 0.07 }] });
    assert.equal(plan.stages[0].required, 100);
    const trap = core.plan({ goal: { customers: 21 }, stages: ['SQL', 'Customer'], conversions: [{ rate: 0.35 }] });
    assert.equal(trap.stages[0].required, 60);
  });

  test('takes custom stage names and a quarterly period', () => {
    const plan = core.plan({
      goal: { customers: 30 },
      stages: ['Lead', 'Termin', 'Kunde'],
      conversions: [{ rate: 0.2 }, { fromCount: 90, toCount: 30 }],
      historyMonths: 9,
      periodMonths: 3,
    });
    assert.equal(plan.ok, true);
    assert.deepEqual(plan.stages.map((stage) => [stage.name, stage.required]), [['Lead', 450], ['Termin', 90], ['Kunde', 30]]);
    assert.equal(plan.stages[1].historicalPerPeriod, 30);
    assert.equal(plan.stages[0].historicalPerPeriod, null);
  });

  test('gives back every stage name as typed, whatever its letters', () => {
    const names = ['Größe – Ärger', 'Kunde 🙂', 'a\u0000b', '"quoted" <b>&amp;</b>', 'x'.repeat(40), '__proto__', '数字',
      '\uFEFFBOM first', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '\u202EEVIL'];
    for (let i = 0; i + 1 < names.length; i += 1) {
      const plan = core.plan({ goal: { customers: 1 }, stages: [names[i], names[i + 1]], conversions: [{ rate: 0.5 }] });
      assert.deepEqual(plan.stages.map((stage) => stage.name), [names[i], names[i + 1]]);
    }
    // A lone surrogate is no text; it comes back as U+FFFD rather than as broken bytes.
    const lone = core.plan({ goal: { customers: 1 }, stages: ['A\uD800', 'B'], conversions: [{ rate: 0.5 }] });
    assert.equal(lone.stages[0].name, 'A\uFFFD');
  });

  test('keeps names apart that a cache could mix up', () => {
    // Same length, same letters, different order; then each alone again.
    const names = ['ab', 'ba', 'Ab', 'aB'];
    for (const [top, bottom] of [[names[0], names[1]], [names[2], names[3]], [names[1], names[0]], [names[3], names[2]]]) {
      const plan = core.plan({ goal: { customers: 1 }, stages: [top, bottom], conversions: [{ rate: 0.5 }] });
      assert.deepEqual(plan.stages.map((stage) => stage.name), [top, bottom]);
    }
  });

  test('messages follow input.locale', () => {
    const de = core.plan({ locale: 'de', goal: { customers: 0 }, conversions: [{ rate: 0.5 }, { rate: 0.5 }] });
    assert.deepEqual(de.errors, [{ field: 'goal.customers', code: 'not_positive', message: 'Bitte eine Zahl größer als 0 eingeben.' }]);
    const en = core.plan({ goal: { customers: 0 }, conversions: [{ rate: 0.5 }, { rate: 0.5 }] });
    assert.equal(en.errors[0].message, 'Please enter a number greater than 0.');
  });
});

describe('plan never throws and never returns NaN or Infinity', () => {
  const hostile = [undefined, null, 0, -1, 1.5, NaN, Infinity, -Infinity, '50', '', true, [], {}, [1, 2], { customers: 5 },
    Symbol('x'), 10n, () => 1, 'x'.repeat(100000), Number.MAX_VALUE, 5e-324];

  function assertFinite(value, where) {
    if (typeof value === 'number') assert.ok(Number.isFinite(value), `${where} is ${value}`);
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) assertFinite(item, `${where}.${key}`);
  }

  test('for extreme values in one field of a valid plan at a time', () => {
    const extreme = [NaN, Infinity, -Infinity, 0, -0, 1e308, 5e-324, -1, 1e-306, Number.MAX_SAFE_INTEGER, 2 ** 53];
    let validPlans = 0;
    for (const value of extreme) {
      const variants = [
        { ...workedExample(), historyMonths: value },
        { ...workedExample(), periodMonths: value },
        { ...workedExample(), goal: { customers: value } },
        { ...workedExample(), conversions: [{ fromCount: value, toCount: 1000 }, { fromCount: 1000, toCount: 500 }] },
        { ...workedExample(), conversions: [{ fromCount: 4000, toCount: value }, { rate: value }] },
      ];
      for (const input of variants) {
        const result = core.plan(input);
        validPlans += result.ok ? 1 : 0;
        assertFinite(result, 'result');
      }
    }
    assert.ok(validPlans >= 5, `only ${validPlans} valid plans`);
  });

  test('for hostile values in every field', () => {
    for (const value of hostile) {
      const inputs = [
        value,
        { goal: value, conversions: [{ rate: 0.5 }, { rate: 0.5 }] },
        { goal: { customers: value }, conversions: [{ rate: value }, { fromCount: value, toCount: value }] },
        { goal: { revenue: value, dealValue: value }, conversions: value, stages: value },
        { goal: { customers: 5 }, conversions: [{ rate: 0.5 }, { rate: 0.5 }], historyMonths: value, periodMonths: value },
      ];
      for (const input of inputs) {
        const result = core.plan(input);
        assert.equal(typeof result.ok, 'boolean');
        if (!result.ok) {
          assert.ok(result.errors.length > 0);
          for (const error of result.errors) {
            assert.equal(typeof error.field, 'string');
            assert.match(error.code, /^[a-z_]+$/);
            assert.ok(error.message.length > 0);
          }
        }
        assertFinite(result, 'result');
      }
    }
  });

  test('for getters and proxies that throw, and keeps working after 20 000 of them', () => {
    const throwing = [
      { get goal() { throw new Error('getter'); } },
      new Proxy({}, { ownKeys() { throw new Error('trap'); } }),
      { goal: { customers: 5 }, conversions: [{ get rate() { throw new Error('getter'); } }, { rate: 0.5 }] },
      new Proxy([], { get() { throw new Error('trap'); } }),
    ];
    for (let i = 0; i < 5000; i += 1) {
      for (const input of throwing) assert.equal(core.plan(input).ok, false);
    }
    assert.deepEqual(core.plan(workedExample()).stages.map((stage) => stage.required), [400, 100, 50]);
    assert.equal(core.plan().ok, false);
    assert.equal(core.parseNumber().code, 'not_text');
  });

  test('for cyclic and deeply nested input', () => {
    const cyclic = { goal: { customers: 5 } };
    cyclic.conversions = [cyclic, cyclic];
    cyclic.goal.self = cyclic;
    assert.equal(core.plan(cyclic).ok, false);
    let deep = {};
    for (let i = 0; i < 10000; i += 1) deep = { goal: deep };
    assert.equal(core.plan(deep).ok, false);
    assert.equal(core.plan({ goal: { customers: 1 }, conversions: new Array(1e6).fill({ rate: 0.5 }) }).ok, false);
  });

  test('for a ten-million-character stage name, and plans as before right after it', () => {
    const huge = core.plan({ goal: { customers: 5 }, stages: ['x'.repeat(1e7), 'ü'.repeat(1e6)], conversions: [{ rate: 0.5 }] });
    assert.deepEqual(huge.errors.map((error) => [error.field, error.code]), [['stages[0]', 'stage_name'], ['stages[1]', 'stage_name']]);
    assert.equal(core.plan(workedExample()).stages[0].required, 400);
  });

  test('after 10 000 calls it still answers the same', () => {
    const first = core.plan(workedExample());
    for (let i = 0; i < 10000; i += 1) core.plan(workedExample());
    assert.deepEqual(core.plan(workedExample()), first);
  });
});
