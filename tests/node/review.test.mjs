// review() through the months module (funnel-schedule, issue 17): the answer's
// shape on a year with a planted drop, nulls where a value cannot exist, and
// nothing thrown or NaN on junk; and readSheet(), which places a pasted block.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore('funnel-schedule');
});

const year = (sqls) => Array.from({ length: 12 }, (_, m) => ({ month: `2026-${String(m + 1).padStart(2, '0')}`, counts: [1000, sqls(m), 125] }));

describe('review through the wasm module', () => {
  test('a drop in MQL -> SQL over the last quarter is marketing\'s finding; the rates and windows are there', () => {
    const answer = core.review({ locale: 'en', months: year((m) => (m < 9 ? 250 : 200)), targets: [1000, 250, 125] });
    assert.equal(answer.ok, true);
    const [first] = answer.conversions;
    assert.equal(first.owner, 'marketing');
    const { low, high, ...january } = first.months[0];
    assert.deepEqual(january, { month: '2026-01', k: 250, n: 1000, rate: 0.25 });
    assert.ok(low < 0.25 && high > 0.25, 'the month\'s Wilson interval');
    assert.equal(first.windows[1].status, 'drop');
    assert.deepEqual([first.windows[1].k, first.windows[1].n, first.windows[1].baselineK, first.windows[1].baselineN], [600, 3000, 2250, 9000]);
    assert.equal(answer.findings[0].team, 'marketing');
    assert.match(answer.findings[0].message, /^MQL → SQL dropped to 20% over the last 3 months \(baseline 25%, p\u00a0<\u00a00\.001\)\.$/);
    assert.equal(answer.volumes[1].months[11].gap, 200 / 250 - 1);
  });

  test('values that cannot exist are null, and junk is an error, never a throw or NaN', () => {
    const answer = core.review({ months: year(() => 250).slice(0, 1) });
    assert.deepEqual(answer.conversions[0].windows[1], {
      length: 3, k: null, n: null, rate: null, baselineK: null, baselineN: null, baselineRate: null, difference: null, low: null, high: null,
      pValue: null, status: 'insufficient', message: 'Last 3 months: too few months with numbers to compare.',
    });
    assert.equal(answer.conversions[0].reference, null, 'no reference given');
    for (const input of [undefined, {}, { months: 'x' }, { months: [{ month: 7, counts: [1, 'a'] }] }, { months: year(() => 250), alpha: 'y' }]) {
      const result = core.review(input);
      assert.equal(result.ok, false, JSON.stringify(input));
      assert.doesNotMatch(JSON.stringify(result), /NaN|Infinity|undefined/);
    }
  });
});

// A block pasted from a sheet into the review's table (core.readSheet).
describe('readSheet through the wasm module', () => {
  test('a German sheet with a header: each cell at its month and stage, its text as pasted', () => {
    const read = core.readSheet({ text: 'Monat\tMQL\tSQL\tKunden\r\nJan 26\t1.000\t250\t125\r\n', locale: 'de', month: '2026-05', stage: 0, stages: 3 });
    assert.equal(read.ok, true);
    assert.equal(read.header, true);
    assert.deepEqual(read.cells.map(({ month, stage, text }) => `${month}/${stage}/${text}`), ['2026-01/0/1.000', '2026-01/1/250', '2026-01/2/125']);
    assert.deepEqual([read.first, read.last, read.months, read.droppedColumns, read.droppedMonths], ['2026-01', '2026-01', 1, 0, 0]);
  });

  test('nothing to read, or a cell beyond the funnel, is an error at its field, never a throw', () => {
    for (const input of [undefined, { text: ' ', month: '2026-01', stage: 0, stages: 3 }, { text: '1', month: '2026-13', stage: 0, stages: 3 }, { text: '1', month: '2026-01', stage: 3, stages: 3 }]) {
      const read = core.readSheet(input);
      assert.equal(read.ok, false, JSON.stringify(input));
      assert.ok(read.errors.every((error) => typeof error.message === 'string' && error.field), JSON.stringify(read));
    }
  });
});
