// The schedule view (issue 15): the plan over months with the sales cycle's
// lag, the month table and chart, the pacing of a month in German working
// days, its exports and its share link. Every expected figure is worked out
// by hand in the comment beside it; the links fix the months, so that the
// tests do not depend on today's date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { browserForThisFile, openPage, plain, texts } from './harness.mjs';

const browser = browserForThisFile();
// March 2027 on, 12 months, the worked example (25 %, 50 %, 50 customers a month), 30 days MQL → SQL, 45 SQL → customer.
const MARCH = '#fp1&v=schedule&ss=2027-03&sm=12&sl=30,45';
const READY = '#schedule-sentence';

const sentence = async (page) => plain(await page.locator('#schedule-sentence').innerText());
const row = (page, index) => texts(page.locator(`#schedule-table tbody tr:nth-child(${index + 1}) > *`));

describe('the schedule view', () => {
  test('says when the leads are needed, with the lead months before the start', async () => {
    const { page, problems } = await openPage(browser, { path: MARCH, ready: READY });
    // 75 days = 2.5 months: the SQLs for March half in February, half in January (45 days); their MQLs one month earlier.
    assert.equal(await sentence(page), 'Ziel im März 2027: 50 Kunden. Die MQLs dafür brauchen Sie schon ab Dezember 2026.');
    assert.deepEqual((await texts(page.locator('#schedule-table thead th'))).slice(0, 5), ['Stufe', 'Dez 26', 'Jan 27', 'Feb 27', 'Mär 27']);
    // MQLs: 4 per SQL a month earlier; SQLs: 100 per month of customers, 50 each in the two months before.
    assert.deepEqual((await row(page, 0)).slice(0, 5), ['MQLs', '200', '400', '400', '400']);
    assert.deepEqual((await row(page, 1)).slice(0, 5), ['SQLs', '0', '50', '100', '100']);
    assert.deepEqual((await row(page, 2)).slice(0, 5), ['Kunden', '0', '0', '0', '50']);
    assert.deepEqual((await row(page, 2)).at(-1), '600', '12 months of 50');
    assert.equal(await page.locator('#schedule-table thead th.lead').count(), 3);
    assert.match(await page.locator('#schedule-lead-note').innerText(), /Die 3 schattierten Monate liegen vor dem Start/);
    // The chart: a row per stage, the lead months shaded, and the sentence as its description.
    assert.equal(await page.locator('#schedule-chart svg .row-name').count(), 3);
    assert.equal(await page.locator('#schedule-chart svg rect.lead').count(), 1);
    assert.match(plain(await page.locator('#schedule-chart desc').textContent()), /Dezember 2026/);
    // Without lags every month's leads are needed in that month.
    for (const index of [0, 1]) await page.locator(`#schedule-lag-${index}`).fill('');
    await page.locator('#schedule-sentence').filter({ hasText: 'im selben Monat' }).waitFor();
    assert.equal(await page.locator('#schedule-lead-note').innerText(), '');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('keeps the goal of a quarter and a season\'s year exactly', async () => {
    const { page } = await openPage(browser, { path: `${MARCH}&p=3&g=44&sl=0,0`, ready: READY });
    // 44 a quarter: 14.67 a month, made whole by the running total: 15, 15, 14.
    assert.match(await page.locator('#schedule-goal').innerText(), /44 Kunden pro Quartal/);
    assert.deepEqual((await row(page, 2)).slice(1, 7), ['15', '15', '14', '15', '15', '14']);
    await page.locator('#schedule-season').selectOption('de-b2b');
    await page.locator('#schedule-season-hint').filter({ hasText: 'Sommerferien' }).waitFor();
    await page.waitForFunction(() => document.querySelector('funnel-planner').shadowRoot.querySelector('#schedule-table tbody tr:nth-child(3) td').textContent !== '15');
    assert.equal((await row(page, 2)).at(-1), '176', 'four quarters of 44, shifted between months, none added');
    // Own values start from the preset left, and an empty one is to be filled.
    await page.locator('#schedule-season').selectOption('custom');
    assert.equal(await page.locator('#schedule-weight-7').inputValue(), '80');  // August in the German B2B year
    await page.locator('#schedule-weight-7').fill('');
    assert.match(await page.locator('#schedule-weight-7-error').innerText(), /.+/);
    await page.close();
  });

  test('growth compounds, and a growth out of range is said beside its field', async () => {
    const { page } = await openPage(browser, { path: `${MARCH}&sl=0,0&g=100`, ready: READY });
    await page.locator('#schedule-growth').fill('10');  // 100, 110, 121, 133.1 -> 134 (running total 464.1 -> 465), 146.41
    await page.waitForFunction(() => document.querySelector('funnel-planner').shadowRoot.querySelector('#schedule-table tbody tr:nth-child(3) td:nth-child(3)').textContent === '110');
    assert.deepEqual((await row(page, 2)).slice(1, 6), ['100', '110', '121', '134', '146']);
    await page.locator('#schedule-growth').fill('150');
    assert.match(await page.locator('#schedule-growth-error').innerText(), /−50 %|-50 %|100 %/);
    await page.close();
  });

  test('a phone gets the months as rows', async () => {
    const { page } = await openPage(browser, { path: MARCH, ready: READY, viewport: { width: 390, height: 844 } });
    assert.deepEqual(await texts(page.locator('#schedule-table thead th')), ['Monat', 'MQLs', 'SQLs', 'Kunden']);
    assert.deepEqual(await row(page, 0), ['Dez 26', '200', '0', '0']);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'nothing wider than the phone');
    await page.close();
  });

  test('in English', async () => {
    const { page } = await openPage(browser, { path: `?lang=en${MARCH}`, ready: READY });
    assert.equal(await sentence(page), 'For 50 customers in March 2027, you already need MQLs in December 2026.');
    await page.close();
  });

  test('lags move with their conversion when a stage is inserted', async () => {
    const { page } = await openPage(browser, { path: MARCH, ready: READY });
    await page.locator('button[data-insert="0"]').click();
    assert.deepEqual(await Promise.all([0, 1, 2].map((index) => page.locator(`#schedule-lag-${index}`).inputValue())), ['30', '', '45']);
    await page.close();
  });
});

describe('pacing a month', () => {
  // 17 March 2027 in Bavaria: 13 working days done (1-5, 8-12, 15-17), 21 in all (23 weekdays, Good Friday 26 and
  // Easter Monday 29 March). March needs 400 MQLs, 100 SQLs, 50 customers.
  const PACED = `${MARCH}&pd=2027-03-17&hd=de-by&pa=250,55,20`;

  test('says per stage whether the month is on track and what each remaining working day needs', async () => {
    const { page } = await openPage(browser, { path: PACED, ready: READY });
    assert.equal(plain(await page.locator('#schedule-pace-days').innerText()),
      '13 von 21 Arbeitstagen vergangen, noch 8 übrig. Ohne Feiertage: 26.3., 29.3.');
    const stage = (index) => texts(page.locator(`#schedule-pace-table tbody tr:nth-child(${index + 1}) > *`));
    // MQLs: due 400 x 13/21 = 247.6, 250 typed, projected 250 x 21/13 = 403.8; still needed 150 / 8 = 18.75.
    assert.deepEqual(await stage(0), ['MQLs', '400', '247,6', '250', '403,8', 'im Plan', '18,8']);
    // SQLs: due 61.9, 55 typed: 6.9 behind; (100 - 55) / 8 = 5.6 a day.
    assert.deepEqual(await stage(1), ['SQLs', '100', '61,9', '55', '88,8', '6,9 unter Soll', '5,6']);
    // Typing a count updates the row.
    await page.locator('#schedule-actual-1').fill('70');
    await page.locator('#schedule-pace-table tbody tr:nth-child(2) .status').filter({ hasText: 'im Plan' }).waitFor();
    // Another day: another month's targets, or none outside the schedule.
    await page.locator('#schedule-as-of').fill('2026-01-05');
    await page.locator('#schedule-pace-days').filter({ hasText: 'Januar 2026 liegt außerhalb dieses Zeitplans' }).waitFor();
    await page.close();
  });

  test('without counts it shows what is due by the day, and asks for them', async () => {
    const { page } = await openPage(browser, { path: `${MARCH}&pd=2027-03-17&hd=de-by`, ready: READY });
    assert.match(await page.locator('#schedule-pace-note').innerText(), /Tragen Sie Ihre bisherigen Zahlen für diesen Monat ein/);
    assert.deepEqual((await texts(page.locator('#schedule-pace-table tbody tr:first-child > *'))).slice(0, 4), ['MQLs', '400', '247,6', '–']);
    await page.close();
  });
});

describe('the schedule to take away', () => {
  test('CSV with one row per month, Markdown, print and the link all show the schedule on screen', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(browser.url + MARCH);
    await page.locator(READY).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#schedule-csv').click()]);
    const lines = readFileSync(await download.path(), 'utf8').slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
    assert.deepEqual(lines[0], ['Funnel-Zeitplan']);
    const header = lines.findIndex((line) => line[0] === 'Monat');
    assert.deepEqual(lines[header], ['Monat', 'MQLs', 'SQLs', 'Kunden', 'Vor dem Start']);
    assert.deepEqual(lines[header + 1], ['2026-12', '200', '0', '0', 'ja']);
    assert.deepEqual(lines[header + 4], ['2027-03', '400', '100', '50', '']);
    assert.equal(lines.length - header - 2, 15, 'one row per month: 3 lead months and 12, then the totals');
    assert.ok(lines.some((line) => line[0] === 'Startmonat' && line[1] === 'März 2027'));

    await page.locator('#schedule-markdown').click();
    await page.locator('#copied').filter({ hasText: 'In die Zwischenablage kopiert' }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(markdown, /^# Funnel-Zeitplan/);
    assert.match(plain(markdown), /\| Dezember 2026 \(Vorlauf\) \| 200 \| 0 \| 0 \|/);

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#schedule-chart').isVisible(), false);
    assert.deepEqual((await texts(page.locator('#schedule-print-table thead th'))), ['Monat', 'MQLs', 'SQLs', 'Kunden']);
    assert.match(await page.locator('#schedule-print-inputs').innerText(), /Dauer zwischen den Stufen \(Tage\): MQLs → SQLs\s+30 Tage/);
    await page.emulateMedia({ media: 'screen' });

    await page.locator('#schedule-horizon').selectOption('24');
    await page.locator('#schedule-actual-0').fill('120');
    await page.locator('#share').click();
    await page.locator('#copied').filter({ hasText: 'Link kopiert' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const { page: opened } = await openPage(browser, { url: link, ready: READY });
    assert.equal(await opened.locator('#schedule-horizon').inputValue(), '24');
    assert.equal(await opened.locator('#schedule-actual-0').inputValue(), '120');
    assert.deepEqual(await row(opened, 0), await row(page, 0));
    await opened.close();
    await page.close();
  });
});

describe('the plan with a start month chosen', () => {
  test('counts that month\'s real working days per working day, and says which holidays it took off', async () => {
    const { page } = await openPage(browser, { path: '#fp1&ss=2027-03&hd=de-by' });
    // 400 MQLs over March 2027 in Bavaria: 21 working days, 19.05 a day (250 a year would give 19.2).
    assert.match(plain(await page.locator('#plan-chart').textContent()), /19 pro Arbeitstag/);
    assert.match(plain(await page.locator('#plan-steps').innerText()),
      /Pro Arbeitstag: gerechnet mit 21 Arbeitstagen im März 2027, ohne Feiertage \(26\.3\., 29\.3\.\)/);
    await page.close();
  });
});
