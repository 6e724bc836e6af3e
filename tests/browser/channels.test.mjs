// The channels view (issue 18): the example's five channels with their cost
// per lead and per customer, the cheapest mix against today's and the
// sentence for the budget meeting, a budget, an unreachable goal, a channel
// added and kept through a link, a warning on few customers, the exports,
// English and a phone. Every expected figure is worked out in the comment
// beside it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { browserForThisFile, openPage, plain, texts } from './harness.mjs';

const browser = browserForThisFile();
const READY = '#channels-sentence';
const sentence = async (page) => plain(await page.locator('#channels-sentence').innerText());
const rowOf = async (page, table, index) => texts(page.locator(`#channels-${table} tbody tr:nth-child(${index + 1}) > *`));

describe('channels and budget', () => {
  test('the example: the cheapest customer first, and the sentence for the budget meeting', async () => {
    const { page, problems } = await openPage(browser, { path: '#fp1&v=channels', ready: READY });
    // A year's MQLs, SQLs, customers and cost: LinkedIn 1000/400/200 for 30.000 € (30 € an MQL, 150 € a customer),
    // E-Mail 2000/300/120 for 24.000 € (12 € an MQL, 200 € a customer), Website/SEO 600/180/110 for 15.000 €
    // (136,36 € a customer, at most 60 MQLs a month), Events 600 €, Partner 200 € a customer.
    assert.deepEqual(await rowOf(page, 'costs', 1), ['E-Mail', '12,00 €', '80,00 €', '200,00 €']);
    assert.deepEqual(await rowOf(page, 'costs', 2), ['Website/SEO', '25,00 €', '83,33 €', '136,36 €']);
    // Cheapest: SEO's 60 MQLs (11 customers, 1.500 €), then 195 of LinkedIn's (39 customers, 5.850 €): 7.350 €.
    // Today's mix scaled to 50 customers (a tenth of the year's 500) costs a tenth of 103.000 €: 10.300 €.
    assert.equal(await sentence(page),
      'Mit 2.850 € mehr für LinkedIn, 3.000 € weniger für Events und 2.400 € weniger für E-Mail als im heutigen Mix (auf das Ziel hochgerechnet) gewinnen Sie ebenso 50 Kunden und sparen 2.950 € im Monat.');
    assert.deepEqual(await rowOf(page, 'mix', 0), ['LinkedIn', '195', '5.850 €', '39']);
    assert.deepEqual(await rowOf(page, 'mix', 5), ['Summe', '', '7.350 €', '50']);
    assert.equal(await page.locator('#channels-bars rect.bar.recommended').count(), 6, 'a bar per channel and the legend\'s');
    assert.equal(await page.locator('#channels-warnings-box').isVisible(), false);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a budget buys the cheapest customers first, in whole leads', async () => {
    const { page } = await openPage(browser, { path: '#fp1&v=channels', ready: READY });
    // 5.000 €: SEO's 60 MQLs for 1.500 €, then 3.500 € for LinkedIn at 30 €: 116 whole MQLs (3.480 €).
    // Customers: 11 + 116 x 0,2 = 34,2: about 34.
    await page.locator('#channels-budget').fill('5.000 €');
    await page.locator('#channels-budget-result').filter({ hasText: 'etwa 34 Kunden' }).waitFor();
    assert.match(plain(await page.locator('#channels-budget-result').innerText()), /^Mit 5\.000 € im Monat, optimal verteilt, gewinnen Sie etwa 34 Kunden \(wahrscheinlich \d+ bis \d+\)\.$/);
    assert.deepEqual(await texts(page.locator('#channels-budget-list li')), ['LinkedIn: 116 MQLs für 3.480 €', 'Website/SEO: 60 MQLs für 1.500 €']);
    await page.close();
  });

  test('a goal the ceilings cannot reach says what they allow', async () => {
    const { page } = await openPage(browser, { path: '#fp1&v=channels', ready: READY });
    // Only Website/SEO left: at most 60 MQLs a month, 110 of 600 of them customers: 11 a month.
    for (const index of [4, 3, 1, 0]) await page.locator(`[data-remove-channel="${index}"]`).click();
    assert.deepEqual(await page.locator('#channels-table input.name').evaluateAll((inputs) => inputs.map((input) => input.value)), ['Website/SEO']);
    await page.locator('[data-error-for="channels.goal"]').filter({ hasText: 'höchstens 11 Kunden' }).waitFor();
    assert.equal(plain(await page.locator('[data-error-for="channels.goal"]').innerText()),
      'Innerhalb der Obergrenzen der Kanäle lassen sich höchstens 11 Kunden im Monat gewinnen. Erhöhen Sie eine Obergrenze, nehmen Sie einen Kanal hinzu oder senken Sie das Ziel.');
    await page.close();
  });

  test('a channel added with few customers gets a note, and survives a link', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${browser.url}#fp1&v=channels`);
    await page.locator(READY).waitFor();
    await page.locator('#channels-add').click();
    await page.locator('#channels-name-5').fill('Podcast');
    for (const [id, value] of [['count-5-0', '50'], ['count-5-1', '10'], ['count-5-2', '4'], ['spend-5', '1.000']]) await page.locator(`#channels-${id}`).fill(value);
    await page.locator('#channels-warnings li').filter({ hasText: 'Podcast' }).waitFor();
    assert.match(await page.locator('#channels-warnings li').innerText(), /^Podcast: Die Kosten pro Kunde dieses Kanals beruhen auf wenigen Daten/);
    await page.locator('#share').click();
    await page.locator('#copied').filter({ hasText: 'Link kopiert' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const { page: opened } = await openPage(browser, { url: link, ready: READY });
    assert.equal(await opened.locator('#channels-name-5').inputValue(), 'Podcast');
    assert.equal(await opened.locator('#channels-spend-5').inputValue(), '1.000');
    assert.equal(await sentence(opened), await sentence(page));
    await opened.close();
    await page.close();
  });

  test('an import\'s channels fill the table, summed over the plan\'s history window', async () => {
    // Three months imported; the plan's window is 2 months: LinkedIn 110 + 120 MQLs, 30 + 40 SQLs, 10 + 12 customers.
    const ik = 'LinkedIn~100:110:120,20:30:40,8:10:12!Messe~0:50:0,0:20:0,0:5:0';
    const { page } = await openPage(browser, { path: `#fp1&v=channels&h=2&im=2026-01&ic=100:160:120,20:50:40,8:15:12&ik=${ik}`, ready: '#panel-channels' });
    await page.locator('#channels-from-import').click();
    await page.locator('#channels-filled').filter({ hasText: '2 Kanäle aus dem Import' }).waitFor();
    assert.deepEqual(await page.locator('#channels-table input.name').evaluateAll((inputs) => inputs.map((input) => input.value)), ['LinkedIn', 'Messe']);
    assert.deepEqual(await Promise.all([0, 1, 2].map((stage) => page.locator(`#channels-count-0-${stage}`).inputValue())), ['230', '70', '22']);
    assert.equal(await page.locator('#channels-spend-0').inputValue(), '', 'the cost is the person\'s to type');
    await page.close();
  });

  test('money in the host\'s currency', async () => {
    const { page } = await openPage(browser, { url: `${browser.url}embed.html?lang=en&currency=USD#fp1&v=channels`, ready: '#channels-sentence' });
    assert.match(await page.locator('#channels-table thead th:nth-child(5)').innerText(), /\(\$\)/);
    assert.deepEqual(await rowOf(page, 'costs', 0), ['LinkedIn', '$30.00', '$75.00', '$150.00']);
    await page.close();
  });

  test('a channel typed in rates, kept with its counts through a link', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${browser.url}#fp1&v=channels`);
    await page.locator(READY).waitFor();
    // Partner in rates: its 100 MQLs for 4.000 € (40 € each), 30 % of them SQLs, 66 % of those customers:
    // 40 € / 0,198 = 202,02 € a customer; what an SQL costs is unknown now (no count of SQLs).
    await page.locator('#channels-mode-4').selectOption('rate');
    assert.equal(await page.locator('#channels-count-4-1').isVisible(), false);
    await page.locator('#channels-rate-4-0').fill('30');
    await page.locator('#channels-rate-4-1').fill('66');
    await page.locator('#channels-costs tbody tr:nth-child(5) td:last-child').filter({ hasText: '202,02 €' }).waitFor();
    assert.deepEqual(await rowOf(page, 'costs', 4), ['Partner', '40,00 €', '–', '202,02 €']);
    await page.locator('#share').click();
    await page.locator('#copied').filter({ hasText: 'Link kopiert' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const { page: opened } = await openPage(browser, { url: link, ready: READY });
    assert.equal(await opened.locator('#channels-mode-4').inputValue(), 'rate');
    assert.equal(plain(await opened.locator('#channels-rate-4-1').inputValue()), '66 %');
    await opened.locator('#channels-mode-4').selectOption('counts');
    assert.equal(await opened.locator('#channels-count-4-1').inputValue(), '30', 'the counts typed before, kept');
    await opened.close();
    await page.close();
  });

  test('a row pasted from a sheet fills the channel\'s fields, and a field left empty is one to fill', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${browser.url}#fp1&v=channels`);
    await page.locator(READY).waitFor();
    await page.evaluate(() => navigator.clipboard.writeText('900\t360\t180\t27000\n'));
    await page.locator('#channels-count-0-0').focus();
    await page.keyboard.press('Control+V');
    await page.locator('#channels-filled').filter({ hasText: '4 Zahlen aus der eingefügten Zeile' }).waitFor();
    assert.deepEqual(await Promise.all(['count-0-0', 'count-0-1', 'count-0-2', 'spend-0'].map((id) => page.locator(`#channels-${id}`).inputValue())),
      ['900', '360', '180', '27.000']);
    // LinkedIn now 30 € an MQL and 150 € a customer as before: the same figures.
    assert.deepEqual(await rowOf(page, 'costs', 0), ['LinkedIn', '30,00 €', '75,00 €', '150,00 €']);
    await page.locator('#channels-spend-1').fill('');
    await page.locator('#channels-spend-1').press('Tab');
    assert.match(await page.locator('#channels-spend-1-error').innerText(), /.+/);
    assert.doesNotMatch(await page.locator('#channels-spend-1-error').innerText(), /endliche/, 'an empty field is missing, not out of range');
    await page.close();
  });

  test('CSV and Markdown show the channels on screen', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${browser.url}#fp1&v=channels`);
    await page.locator(READY).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#channels-csv').click()]);
    const lines = readFileSync(await download.path(), 'utf8').slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
    assert.deepEqual(lines[0], ['Kanäle & Budget']);
    const header = lines.findIndex((line) => line[0] === 'Kanal');
    assert.deepEqual(lines[header].slice(0, 4), ['Kanal', 'Kosten pro MQL', 'Kosten pro SQL', 'Kosten pro Kunde']);
    assert.deepEqual(lines[header + 1].slice(0, 4), ['LinkedIn', '30', '75', '150']);
    await page.locator('#channels-markdown').click();
    await page.locator('#copied').filter({ hasText: 'In die Zwischenablage kopiert' }).waitFor();
    const markdown = plain(await page.evaluate(() => navigator.clipboard.readText()));
    assert.match(markdown, /^# Kanäle \\& Budget\n/);  // the writer escapes "&": it could open an entity
    assert.match(markdown, /\| LinkedIn \| 30,00 € \| 75,00 € \| 150,00 € \|/);
    await page.close();
  });

  test('a language switch before the view is opened re-spells its numbers too', async () => {
    // The example's "1.000" typed in German is 1000, not 1, once the page speaks English.
    const { page } = await openPage(browser);
    await page.locator('button[data-lang="en"]').click();
    await page.locator('#tab-channels').click();
    await page.locator('#channels-sentence').filter({ hasText: 'you still win 50 customers' }).waitFor();
    assert.equal(await page.locator('#channels-count-0-0').inputValue(), '1,000');
    await page.close();
  });

  test('in English, and on a phone nothing is wider than the screen', async () => {
    const { page } = await openPage(browser, { path: '?lang=en#fp1&v=channels', ready: READY, viewport: { width: 390, height: 844 } });
    assert.equal(await sentence(page), 'With €2,850 more on LinkedIn, €3,000 less on Events and €2,400 less on E-Mail than in your current mix (scaled to the goal), you still win 50 customers and save €2,950 a month.');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
    // The page around the planner speaks its language too, whichever view a link opens (the change event's lang).
    assert.equal(await page.evaluate(() => document.querySelector('h1').textContent), 'How many leads does your customer goal take?');
    await page.close();
  });
});
