// schedule() and pace() through their own wasm module (issue 15; the page's
// module does not carry them): the answers the schedule view will draw, with
// their shapes, and nothing thrown or NaN on junk.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore('funnel-schedule');
});

const EXAMPLE = {
  conversions: [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }],
  start: '2027-03',
  months: 2,
  goal: { customers: 50 },
  locale: 'de',
};

describe('schedule and pace through the wasm module', () => {
  test('50 customers in March and April with a month from SQL to customer: the SQLs and MQLs a month ahead', () => {
    const answer = core.schedule({ ...EXAMPLE, lagDays: [0, 30] });
    assert.deepEqual(answer, {
      ok: true,
      months: ['2027-02', '2027-03', '2027-04'],
      leadMonths: 1,
      stages: [
        { name: 'MQL', perMonth: [400, 400, 0], total: 800 },
        { name: 'SQL', perMonth: [100, 100, 0], total: 200 },
        { name: 'Customer', perMonth: [0, 50, 50], total: 100 },
      ],
      customers: [0, 50, 50],
      warnings: [],
    });
  });

  test('errors name their fields, in the request\'s language', () => {
    const answer = core.schedule({ ...EXAMPLE, start: 'März', months: 40, lagDays: [0, -3] });
    assert.deepEqual(answer.errors.map((error) => `${error.field}:${error.code}`), ['start:bad_month', 'months:horizon_range', 'lagDays[1]:lag_range']);
    assert.equal(answer.errors[0].message, 'Bitte einen Monat wie 2027-03 angeben.');
  });

  test('pace on a Wednesday in March 2027, in Bavaria', () => {
    const answer = core.pace({ month: '2027-03', asOf: '2027-03-17', targets: [400, 100, 50], actual: [250, 55, 20], holidays: 'de-BY' });
    assert.equal(answer.ok, true);
    assert.deepEqual([answer.elapsed, answer.total, answer.remaining], [13, 21, 8]);
    assert.deepEqual(answer.holidays, ['2027-03-26', '2027-03-29']);
    assert.deepEqual(answer.stages.map((stage) => stage.onTrack), [true, false, false]);  // 55 x 21 < 100 x 13
    assert.equal(answer.stages[0].neededPerDay, 150 / 8);
  });

  test('the schedule module answers the schedule and the pacing only; the page\'s module neither', async () => {
    for (const call of ['plan', 'forecast', 'readField', 'writeCsv']) assert.equal(core[call], undefined, call);
    assert.equal(typeof core.schedule, 'function');
    const page = await loadCore();
    assert.equal(page.schedule, undefined);
    assert.equal(page.pace, undefined);
    assert.equal(typeof page.plan, 'function');
  });

  test('never throws and never answers NaN or Infinity, whatever comes in', () => {
    for (const input of [undefined, null, 7, 'x', [], {}, { ...EXAMPLE, goal: { customers: [1, NaN] } }, { ...EXAMPLE, growth: Infinity },
      { ...EXAMPLE, seasonality: new Array(12).fill(1e300) }, { month: '2027-02', asOf: '2027-02-28', targets: [1e300, 1, 1], actual: [0, 0, 0] }]) {
      for (const call of ['schedule', 'pace']) {
        const answer = core[call](input);
        assert.equal(typeof answer.ok, 'boolean');
        assert.doesNotMatch(JSON.stringify(answer), /NaN|Infinity|null,"onTrack":undefined/);
      }
    }
  });
});
