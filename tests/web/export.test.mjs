// The plan view's exports (web/views/plan/export.js) lay a plan out as rows
// and blocks for the core's writers: table-driven, on the worked example's
// plan as the core computes it, in both languages and at both plan levels.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { formatters } from '../../web/format.js';
import { STRINGS, stringsReady } from '../../web/i18n.js';
import { DE } from '../../web/views/plan/strings.js';
import { EN } from '../../web/views/plan/strings-en.js';
import { planCsv, planMarkdown } from '../../web/views/plan/export.js';
import { shownRequirements } from '../../web/views/plan/render.js';
import { loadCore } from '../node/load-core.mjs';

let core;
let plan;
before(async () => {
  core = await loadCore();
  await stringsReady('en');
  plan = core.plan({ goal: { customers: 50 }, conversions: [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }],
    historyMonths: 12, confidence: 0.9 });
});

const contextOf = (lang, level) => {
  const fmt = formatters(core, lang);
  const strings = { ...STRINGS[lang], ...(lang === 'de' ? DE : EN) };
  return { core, lang, fmt, strings, periodName: strings.periods[1], date: fmt.date(new Date(2026, 10, 30)),
    chance: 'Mit 400 MQLs …', required: shownRequirements(plan, level) };
};

const CSV = [
  { name: 'German point plan: semicolons, decimal commas, the stages as the page names them', lang: 'de', level: null,
    rows: ['Stufe;Benötigt;Pro Woche;Pro Arbeitstag;Bisher pro Zeitraum;Abweichung;Konversion zur nächsten Stufe;95 %-Spanne von;95 %-Spanne bis',
      /^MQLs;400;92,3\d*;19,2;333,3\d*;0,2;0,25;0,2[34]\d*;0,26\d*$/, /^SQLs;100;/, /^Kunden;50;/] },
  { name: 'English at 90 %: commas, the confidence plan\'s requirements', lang: 'en', level: 0.9,
    rows: ['Stage,Needed,Per week,Per working day,So far per period,Gap,Conversion to next stage,95% range from,95% range to',
      /^MQLs,\d+,/, /^SQLs,\d+,/, /^customers,50,/] },
];
for (const { name, lang, level, rows } of CSV) {
  test(`CSV: ${name}`, () => {
    const lines = planCsv(plan, contextOf(lang, level)).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    assert.equal(lines.length, rows.length);
    rows.forEach((expected, i) => (typeof expected === 'string' ? assert.equal(lines[i], expected) : assert.match(lines[i], expected)));
    // At a confidence level, what the funnel shows: that level's requirements, above the point plan's 400.
    if (level) assert.equal(lines[1].split(',')[1], String(plan.confidence.stages[0].required));
    if (level) assert.ok(plan.confidence.stages[0].required > 400);
  });
}

const MARKDOWN = [
  { name: 'German', lang: 'de', expect: ['# Funnel-Plan', 'Ziel: 50 neue Kunden pro Monat · Stand: 30.11.2026', '| Stufe | Benötigt | Pro Woche | Konversion zur nächsten Stufe |',
    '| MQLs | 400 | 92,3 | 25 % |', 'Mit 400 MQLs …'] },
  { name: 'English', lang: 'en', expect: ['# Funnel plan', 'Goal: 50 new customers per month · As of 11/30/2026', '| MQLs | 400 | 92.3 | 25% |'] },
];
for (const { name, lang, expect } of MARKDOWN) {
  test(`Markdown: ${name}`, () => {
    const markdown = planMarkdown(plan, contextOf(lang, null)).replace(/\u00A0/g, ' ');
    for (const line of expect) assert.ok(markdown.split('\n').includes(line), `${line}\n---\n${markdown}`);
  });
}
