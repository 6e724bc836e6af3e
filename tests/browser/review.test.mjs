// The KPI review view (issue 17): a year of monthly counts pasted from a
// sheet, typed, or taken from an import, tested for real changes in each
// conversion rate; the finding names the team that should act, the same drop
// on small numbers is called chance, and every export and the printout show
// what is on screen. The periods are fixed by the links, so that the tests do
// not depend on today's date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { browserForThisFile, isolated, openPage, plain, texts } from './harness.mjs';

const browser = browserForThisFile();
const YEAR = '#fp1&v=review&rf=2026-01&re=2026-12';
const READY = '#panel-review';
const SHORT = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];

// A link's rc part: nine months of `before`, three of `after` (each "MQL:SQL:customers").
const rows = (before, after) => [...Array(9).fill(before), ...Array(3).fill(after)].join(',');
const state = async (page) => plain(await page.locator('#review-state').innerText());

// A sheet as German Excel copies it: a header, then a row per month with its short name.
function sheet(before, after) {
  const lines = SHORT.map((month, m) => [`${month} 26`, ...(m < 9 ? before : after)].join('\t'));
  return `Monat\tMQLs\tSQLs\tKunden\r\n${lines.join('\r\n')}\r\n`;
}

describe('the KPI review', () => {
  test('a year pasted from a sheet with MQL → SQL falling from 25 % to 20 % is a finding for marketing', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(browser.url + YEAR);
    await page.locator(READY).waitFor();
    assert.equal(await page.locator('#review-empty').isVisible(), true, 'nothing typed yet: what to do');
    assert.deepEqual(await Promise.all(['#share', '#review-csv', '#print'].map((id) => page.locator(id).isVisible())), [true, false, false],
      'nothing to export yet: only the link');
    // 4,000 MQLs a month; 1,000 SQLs (25 %) for nine months, then 800 (20 %); half of the SQLs become customers.
    await page.evaluate((text) => navigator.clipboard.writeText(text), sheet(['4.000', '1.000', '500'], ['4.000', '800', '400']));
    await page.locator('#review-cell-2026-01-0').focus();
    await page.keyboard.press('Control+V');
    await page.locator('#review-state').waitFor();
    assert.equal(plain(await page.locator('#review-filled').innerText()),
      '12 Monate eingefügt (Januar 2026 bis Dezember 2026). Die Kopfzeile wurde übersprungen.');
    assert.equal(await page.locator('#review-cell-2026-12-1').inputValue(), '800', 'each number in its month and stage, as pasted');
    assert.equal(await page.locator('#review-cell-2026-01-0').inputValue(), '4.000');
    // 2,400 of 12,000 against 9,000 of 36,000: far beyond chance. Customers stay at half the SQLs; above the plan's 400/100/50.
    assert.equal(await state(page), '1 Warnung: MQL → SQL fällt (Marketing)');
    const finding = page.locator('#review-findings li.finding');
    assert.equal(await finding.count(), 1);
    assert.equal(await finding.getAttribute('data-team'), 'marketing');
    assert.equal(plain(await finding.locator('.message').innerText()),
      'MQL → SQL ist in den letzten 3 Monaten auf 20 % gesunken (Vergleichswert 25 %, p < 0,001).');
    assert.match(plain(await finding.locator('details').innerText()), /Zielgruppe und Targeting/);
    // The chart of each conversion: a dot and an interval per month, the plan's 25 % as a line, the drop shaded.
    assert.equal(await page.locator('#review-rates .rate-box:first-child svg circle.rate').count(), 12);
    assert.equal(await page.locator('#review-rates .rate-box:first-child svg rect.window.drop').count(), 1);
    assert.equal(plain(await page.locator('#review-rates .rate-box:first-child .plan-label').textContent()), 'Plan 25 %');
    assert.match(plain(await page.locator('#review-rates .rate-box:nth-child(2) .window-text').last().innerText()), /kann Zufall sein, keine klare Veränderung\.$/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the same drop on 40 MQLs a month is called chance, not an alarm', async () => {
    const { page } = await openPage(browser, { path: `${YEAR}&rg=none&rc=${rows('40:10:5', '40:8:4')}`, ready: '#review-state' });
    assert.equal(await state(page), 'Keine Warnungen: Alle Konversionsraten ohne klare Veränderung.');
    assert.equal(await page.locator('#review-findings li').count(), 0);
    assert.equal(await page.locator('#review-findings-box').isVisible(), false);
    // 24 of 120 against 90 of 360: the same 25 % -> 20 %, well within chance.
    const quarter = plain(await page.locator('#review-rates .rate-box:first-child .window-text').last().innerText());
    assert.equal(quarter, 'Letzte 3 Monate: 20 % gegenüber 25 % (−5 Prozentpunkte, 95-%-Intervall −12,8 bis +4,1; p = 0,322): kann Zufall sein, keine klare Veränderung.');
    assert.match(await page.locator('#review-targets-note').innerText(), /Ohne Zielwerte/);
    await page.close();
  });

  test('a drop from SQL to customer names sales, and a stage under its target is said', async () => {
    const { page } = await openPage(browser, { path: `${YEAR}&rc=${rows('400:100:50', '400:100:30')}`, ready: '#review-state' });
    // 150 of 300 customers before, 90 of 300 now; December's 30 customers are 40 % under the plan's 50.
    assert.equal(await state(page), '2 Warnungen: SQL → Kunde fällt (Vertrieb), Kunden unter Plan');
    const teams = await page.locator('#review-findings li.finding').evaluateAll((items) => items.map((item) => item.dataset.team));
    assert.deepEqual(teams, ['sales', 'sales']);
    assert.match(plain(await page.locator('#review-findings li.finding').first().innerText()), /SLA/);
    assert.match(plain(await page.locator('#review-findings li.finding').nth(1).locator('.message').innerText()),
      /^Kunde im Dezember 2026: 30 statt geplant 50 \(40 % unter Plan\)\.$/);
    assert.deepEqual((await texts(page.locator('#review-volumes tbody tr:last-child > *'))).map((cell) => cell.replace(/\s+/g, ' ')),
      ['Dez 26', '400Ziel 400 · +0 %', '100Ziel 100 · +0 %', '30Ziel 50 · −40 %']);
    await page.close();
  });

  test('an import\'s months fill the table when the review is first opened, and a partly typed month asks for the rest', async () => {
    const { page } = await openPage(browser, { path: '#fp1&v=review&im=2026-01&ic=1200:1100:1000,300:250:200,150:120:100', ready: '#review-state' });
    assert.equal(plain(await page.locator('#review-filled').innerText()), '3 Monate aus dem Import übernommen (Januar 2026 bis März 2026).');
    assert.deepEqual(await texts(page.locator('#review-table tbody th')), ['Jan 26', 'Feb 26', 'Mär 26']);
    assert.equal(await page.locator('#review-cell-2026-02-0').inputValue(), '1.100');
    await page.locator('#review-to-month').selectOption('04');
    await page.locator('#review-cell-2026-04-0').fill('900');
    await page.locator('#review-cell-2026-04-2[data-to-fill]').waitFor();
    assert.match(await page.locator('#stale').innerText(), /gestrichelten Felder/);
    await page.close();
  });

  test('a stage added on top moves every month\'s counts with their stages', async () => {
    const { page } = await openPage(browser, { path: `${YEAR}&rc=${rows('4000:1000:500', '4000:800:400')}`, ready: '#review-state' });
    await page.locator('details.funnel-details summary').click();
    await page.locator('#add-top').click();
    assert.deepEqual(await texts(page.locator('#review-table thead th')), ['Monat', isolated('Neue Stufe'), 'MQLs', 'SQLs', 'Kunden']);
    assert.deepEqual(await Promise.all([0, 1, 2, 3].map((stage) => page.locator(`#review-cell-2026-12-${stage}`).inputValue())), ['', '4.000', '800', '400']);
    await page.close();
  });

  test('in English, and on a phone nothing is wider than the screen', async () => {
    const { page } = await openPage(browser, { path: `?lang=en${YEAR}&rc=${rows('4000:1000:500', '4000:800:400')}`, ready: '#review-state', viewport: { width: 390, height: 844 } });
    assert.equal(await state(page), '1 warning: MQL → SQL falling (Marketing)');
    assert.match(plain(await page.locator('#review-findings .message').innerText()), /^MQL → SQL dropped to 20% over the last 3 months/);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
    await page.close();
  });
});

describe('the review to take into the meeting', () => {
  test('CSV, Markdown, a one-page printout with the date, and the link all show the review on screen', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${browser.url}${YEAR}&rc=${rows('4000:1000:500', '4000:800:400')}`);
    await page.locator('#review-state').waitFor();
    const line = await state(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#review-csv').click()]);
    const lines = readFileSync(await download.path(), 'utf8').slice(1).trimEnd().split('\r\n').map((row) => row.split(';'));
    assert.deepEqual(lines[0], ['KPI-Review']);
    assert.equal(plain(lines[2][1]), line);
    const header = lines.findIndex((row) => row[0] === 'Monat');
    assert.deepEqual(lines[header].slice(0, 4), ['Monat', 'MQLs: Ist', 'MQLs: Ziel', 'MQLs: Abweichung vom Ziel (%)']);
    assert.deepEqual(lines[header + 12].slice(0, 3), ['2026-12', '4000', '400']);
    assert.equal(lines[header + 12].at(-2), '20', 'the month\'s MQL → SQL rate in percent');
    const findings = lines.findIndex((row) => row[0] === 'Auffälligkeit');
    assert.equal(lines[findings + 1][2], 'Marketing');

    await page.locator('#review-markdown').click();
    await page.locator('#copied').filter({ hasText: 'In die Zwischenablage kopiert' }).waitFor();
    const markdown = plain(await page.evaluate(() => navigator.clipboard.readText()));
    assert.match(markdown, /^# KPI-Review: Januar 2026 – Dezember 2026\n\nStand: \d+\.\d+\.\d{4}\n\n1 Warnung: MQL → SQL fällt \(Marketing\)\n/);
    assert.match(markdown, /\| Dezember 2026 \| 4\.000 \| 400 \|/);

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#review-inputs').isVisible(), false);
    assert.match(await page.locator('#panel-review .printed').innerText(), /^Stand: \d+\.\d+\.\d{4}$/);
    assert.deepEqual((await texts(page.locator('#review-print-inputs > *'))).slice(0, 4), ['Zeitraum', 'Januar 2026 – Dezember 2026', 'Zielwerte', 'Aus dem Plan (Ziel pro Monat)']);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, 1, 'one page for the meeting');
    await page.emulateMedia({ media: 'screen' });

    await page.locator('details.settings-box summary').click();
    await page.locator('#review-alpha').selectOption('0.01');
    await page.locator('#review-lag-1').fill('1');
    await page.locator('#share').click();
    await page.locator('#copied').filter({ hasText: 'Link kopiert' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const { page: opened } = await openPage(browser, { url: link, ready: '#review-state' });
    assert.equal(await opened.locator('#review-alpha').inputValue(), '0.01');
    assert.equal(await opened.locator('#review-lag-1').inputValue(), '1');
    assert.equal(await opened.locator('#review-cell-2026-12-1').inputValue(), '800');
    assert.equal(await state(opened), await state(page));
    await opened.close();
    await page.close();
  });
});
