import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore();
});

const accepted = [
  ['1.000', 'de', 1000, false],
  ['1,5', 'de', 1.5, false],
  ['1,000', 'en', 1000, false],
  ['1.5', 'en', 1.5, false],
  ['25 %', 'de', 0.25, true],
  ['25%', 'en', 0.25, true],
  ['12,5 %', 'de', 0.125, true],
  ['1\u00A0000', 'de', 1000, false],
  ['1\u2009000', 'en', 1000, false],
  ['  7  ', 'en', 7, false],
  ['\u22123', 'de', -3, false],
];

const refused = [
  ['', 'de', 'empty', 'Bitte geben Sie eine Zahl ein.'],
  ['abc', 'en', 'invalid_character', 'Please enter digits only, e.g. 1,000 or 12.5%.'],
  ['NaN', 'de', 'not_finite', 'Bitte geben Sie eine endliche Zahl ein.'],
  ['Infinity', 'en', 'not_finite', 'Please enter a finite number.'],
  ['1,2,3', 'de', 'misplaced_separator', null],
  ['1.2.3', 'en', 'misplaced_separator', null],
  ['9'.repeat(10000), 'de', 'out_of_range', 'Diese Zahl ist zu groß für eine Planung.'],
];

describe('parseNumber through the wasm module', () => {
  for (const [text, locale, value, percent] of accepted) {
    test(`reads ${JSON.stringify(text)} in ${locale} as ${value}`, () => {
      assert.deepEqual(core.parseNumber(text, locale), { ok: true, value, percent });
    });
  }
  for (const [text, locale, code, message] of refused) {
    test(`refuses ${JSON.stringify(text.slice(0, 12))} in ${locale} with ${code}`, () => {
      const result = core.parseNumber(text, locale);
      assert.equal(result.ok, false);
      assert.equal(result.code, code);
      if (message) assert.equal(result.message, message);
    });
  }

  test('parsePercent reads a bare number as percent', () => {
    assert.deepEqual(core.parsePercent('7', 'de'), { ok: true, value: 0.07, percent: false });
    assert.deepEqual(core.parsePercent('12,5 %', 'de'), { ok: true, value: 0.125, percent: true });
  });

  test('never throws for values that are not text', () => {
    for (const value of [undefined, null, 5, {}, [], Symbol('s'), 1n]) {
      assert.equal(core.parseNumber(value, 'de').code, 'not_text');
      assert.equal(core.parsePercent(value, 'en').code, 'not_text');
    }
    assert.equal(core.parseNumber('5', 42).ok, true);  // an unknown locale reads as English
  });
});
