// The core spells numbers as Intl.NumberFormat does (src/format_number.h): the
// page used Intl until its first formatter was measured at 10-15 ms. Intl is
// the oracle here, over thousands of numbers of every kind the page shows.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore();
});

// What format.js asked of Intl for each style, before the core took it over.
const INTL_OPTIONS = {
  whole: { maximumFractionDigits: 0 },
  oneDecimal: { maximumFractionDigits: 1 },
  shortDecimal: { maximumSignificantDigits: 6 },
  exact: { maximumFractionDigits: 20 },
  percent: { style: 'percent', maximumFractionDigits: 1, maximumSignificantDigits: 2, roundingPriority: 'morePrecision' },
  precisePercent: { style: 'percent', maximumSignificantDigits: 4 },
  wholePercent: { style: 'percent', maximumFractionDigits: 0 },
  exactPercent: { style: 'percent', maximumFractionDigits: 18 },
  plain: { useGrouping: false, maximumFractionDigits: 4 },  // what export.js asked of Intl for CSV
  plainPercent: { style: 'percent', useGrouping: false, maximumFractionDigits: 2 },  // without its sign, below
};
// Styles that are an Intl style with its "%" taken off.
const UNSIGNED = new Set(['plainPercent']);
const TAGS = { de: 'de-DE', en: 'en-US' };

// A fixed seed: a failure names a number that fails again.
function* numbers() {
  let seed = 20261128;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  yield* [0, -0, 1, -1, 0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 1.005, 9.95, 99.95, 999.5, 0.999, 0.9995,
    1e-7, 1e-12, 1e15, 2 ** 53, 2 ** 53 + 2, 1e21, 1.7976931348623157e308, 5e-324, 1 / 3, 2 / 3, 0.07, 0.0725];
  for (let i = 0; i < 1500; i += 1) {
    const magnitude = 10 ** Math.floor(random() * 24 - 10);
    yield random() * magnitude;                                        // any digits
    yield Math.round(random() * 100000) / 10 ** Math.floor(random() * 6);  // short decimals: ties
    yield Math.floor(random() * 5000 + 1) / Math.floor(random() * 20000 + 1);  // conversion rates
    yield -Math.round(random() * 1e6) / 100;                           // negative amounts
  }
}

for (const [style, options] of Object.entries(INTL_OPTIONS)) {
  test(`formatNumber(…, ${style}) spells every number as Intl does, in German and English`, () => {
    for (const lang of ['de', 'en']) {
      const intl = new Intl.NumberFormat(TAGS[lang], options);
      for (const value of numbers()) {
        const expected = UNSIGNED.has(style) ? intl.format(value).replace(/\s?%$/u, '') : intl.format(value);
        assert.equal(core.formatNumber(value, lang, style), expected, `${value} (${lang}, ${style})`);
      }
    }
  });
}

test('formatNumber answers a dash, never NaN or Infinity, for what is no finite number', () => {
  for (const value of [NaN, Infinity, -Infinity, '12', null, undefined, {}]) {
    assert.equal(core.formatNumber(value, 'de', 'whole'), '\u2013');
  }
});

test('the print date reads as Intl writes the day in German and English', async () => {
  const { STRINGS, stringsReady } = await import('../../web/i18n.js');
  await stringsReady('en');
  for (let day = 0; day < 800; day += 7) {
    const date = new Date(2026, 0, 1 + day);
    for (const lang of ['de', 'en']) {
      assert.equal(STRINGS[lang].day(date), new Intl.DateTimeFormat(TAGS[lang]).format(date), `${date} (${lang})`);
    }
  }
});
