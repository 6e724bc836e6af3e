// The plan view's exports (web/views/plan/export.js) lay a plan out as rows
// and blocks for the core's writers: each begins with what the plan was made
// from, and every figure after it is the level shown. Table-driven, on plans
// the core computes, in both languages and at both plan levels.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { formatters } from '../../web/format.js';
import { STRINGS, stringsReady } from '../../web/i18n.js';
import { DE } from '../../web/views/plan/strings.js';
import { EN } from '../../web/views/plan/strings-en.js';
import { planCsv, planMarkdown } from '../../web/views/plan/export.js';
import { conversionRows, inputRows } from '../../web/views/plan/inputs-summary.js';
import { shownStages } from '../../web/views/plan/render.js';
import { loadCore } from '../node/load-core.mjs';

let core;
before(async () => {
  core = await loadCore();
  await stringsReady('en');
});

const COUNTS = [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }];
const LINK = 'https://example.com/plan#fp1&g=50';

// The plan view's render context (view.js) for a request, as the page builds it.
function exported(lang, request) {
  const plan = core.plan({ conversions: COUNTS, historyMonths: 12, ...request });
  const fmt = formatters(core, lang);
  const strings = { ...STRINGS[lang], ...(lang === 'de' ? DE : EN) };
  const period = request.periodMonths ?? 1;
  const context = {
    core, lang, fmt, strings, periodName: strings.periods[period], periodMonths: period, date: fmt.date(new Date(2026, 10, 30)),
    link: LINK, chance: 'Mit 400 MQLs …',
    inputs: { counts: COUNTS, historyMonths: 12, revenue: request.goal.revenue, dealValue: request.goal.dealValue, confidence: request.confidence ?? null },
  };
  Object.assign(context, { inputRows: inputRows(plan, context), conversionRows: conversionRows(plan, context),
    stages: shownStages(plan, context.inputs.confidence) });
  const csv = planCsv(plan, context).replace(/^\uFEFF/, '').split('\r\n').map((line) => line.split(lang === 'de' ? ';' : ','));
  return { plan, csv, markdown: planMarkdown(plan, context).replace(/\u00A0/g, ' ') };
}

// The CSV row whose first cell is `label`, and the rows after a header row starting with `first`.
const rowOf = (csv, label) => csv.find((row) => row[0] === label);
const tableAfter = (csv, first) => {
  const start = csv.findIndex((row) => row[0] === first);
  const end = csv.findIndex((row, i) => i > start && row.length === 1 && row[0] === '');
  return csv.slice(start, end === -1 ? undefined : end);
};

test('CSV begins with the inputs: date, goal, level, history, the link, then the conversions as typed', () => {
  const { csv } = exported('de', { goal: { customers: 50 } });
  assert.deepEqual(csv[0], ['Funnel-Plan']);
  assert.deepEqual(rowOf(csv, 'Stand'), ['Stand', '30.11.2026']);
  assert.deepEqual(rowOf(csv, 'Neue Kunden pro Monat'), ['Neue Kunden pro Monat', '50']);
  assert.deepEqual(rowOf(csv, 'Planungssicherheit'), ['Planungssicherheit', 'Durchschnittsraten']);
  assert.deepEqual(rowOf(csv, 'Zeitraum Ihrer Zahlen (Monate)'), ['Zeitraum Ihrer Zahlen (Monate)', '12']);
  assert.deepEqual(rowOf(csv, 'Link zu diesem Plan'), ['Link zu diesem Plan', LINK]);
  assert.deepEqual(tableAfter(csv, 'Konversion'), [
    ['Konversion', 'Von (Anzahl)', 'Zu (Anzahl)', 'Rate (%)'],
    ['MQL → SQL', '4000', '1000', '25'],
    ['SQL → Kunde', '1000', '500', '50'],
  ]);
  assert.ok(csv.indexOf(rowOf(csv, 'Link zu diesem Plan')) < csv.findIndex((row) => row[0] === 'Stufe'), 'inputs come first');
});

test('CSV of a revenue goal names revenue and deal value; every column names the period', () => {
  const { csv, plan } = exported('de', { goal: { revenue: 900000, dealValue: 24900 }, periodMonths: 3 });
  assert.deepEqual(rowOf(csv, 'Umsatzziel pro Quartal'), ['Umsatzziel pro Quartal', '900000']);
  assert.deepEqual(rowOf(csv, 'Ø Auftragswert'), ['Ø Auftragswert', '24900']);
  assert.deepEqual(rowOf(csv, 'Neue Kunden pro Quartal'), ['Neue Kunden pro Quartal', String(plan.customers)]);
  const [header, mqls] = tableAfter(csv, 'Stufe');
  assert.deepEqual(header, ['Stufe', 'Benötigt pro Quartal', 'Benötigt pro Monat', 'Pro Woche', 'Pro Arbeitstag', 'Bisher pro Quartal',
    'Abweichung ggü. bisher (%)', 'Rate zur nächsten Stufe (%)', 'Spanne von (%)', 'Spanne bis (%)']);
  assert.equal(mqls[0], 'MQLs');
  assert.equal(mqls[1], String(plan.stages[0].required));
  assert.equal(mqls[2], core.formatNumber(plan.stages[0].perMonth, 'de', 'plain'));
  assert.equal(mqls[7], '25');  // rates in percent
});

// Every figure at a level is that level's: the 90 % plan's MQLs, and its own
// per-week, per-working-day and gap figures, never the average plan's.
for (const lang of ['de', 'en']) {
  test(`CSV and Markdown at 90 % show the 90 % plan's figures throughout (${lang})`, () => {
    const { csv, markdown, plan } = exported(lang, { goal: { customers: 50 }, confidence: 0.9 });
    const level = plan.confidence.stages[0];
    assert.ok(level.required > plan.stages[0].required);
    const [, mqls] = tableAfter(csv, lang === 'de' ? 'Stufe' : 'Stage');
    const plain = (n) => core.formatNumber(n, lang, 'plain');
    assert.deepEqual(mqls.slice(1, 7), [String(level.required), plain(level.perWeek), plain(level.perWorkingDay),
      plain(level.historicalPerPeriod), core.formatNumber(level.gap, lang, 'plainPercent'), '25']);
    assert.equal(rowOf(csv, lang === 'de' ? 'Planungssicherheit' : 'Planning confidence')[1], lang === 'de' ? '90\u00A0%' : '90%');
    const table = markdown.split('\n').find((line) => line.startsWith('| MQLs'));
    assert.equal(table, `| MQLs | ${core.formatNumber(level.required, lang, 'whole')} | ${core.formatNumber(level.perWeek, lang, 'oneDecimal')} | ${core.formatNumber(level.perWorkingDay, lang, 'oneDecimal')} | ${lang === 'de' ? '25 %' : '25%'} |`);
  });
}

const MARKDOWN = [
  { name: 'German', lang: 'de', expect: ['# Funnel-Plan', '| Stand | 30.11.2026 |', '| Neue Kunden pro Monat | 50 |', '| Planungssicherheit | Durchschnittsraten |',
    '| MQL → SQL | 4.000 MQLs → 1.000 SQLs (25 %) |', '| Stufe | Benötigt pro Monat | Pro Woche | Pro Arbeitstag | Rate zur nächsten Stufe |',
    '| MQLs | 400 | 92,3 | 19,2 | 25 % |', 'Mit 400 MQLs …'] },
  { name: 'English', lang: 'en', expect: ['# Funnel plan', '| As of | 11/30/2026 |', '| MQLs | 400 | 92.3 | 19.2 | 25% |'] },
];
for (const { name, lang, expect } of MARKDOWN) {
  test(`Markdown begins with the inputs: ${name}`, () => {
    const { markdown } = exported(lang, { goal: { customers: 50 } });
    const lines = markdown.split('\n');
    for (const line of expect) assert.ok(lines.includes(line), `${line}\n---\n${markdown}`);
    assert.ok(lines.some((line) => line.startsWith(lang === 'de' ? '| Link zu diesem Plan | https' : '| Link to this plan | https')));
  });
}
