// Issue 14: a hurried person never gets a silently wrong plan. Each test is
// one ordinary move from the walkthrough (a period switched, a rate typed as
// a fraction, "2,5 Mio", a row pasted from Excel, a plan at 90 % exported)
// and what the page must do about it, in a real browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CHART, browserForThisFile, isolated, openPage, plain, stageCounts, texts } from './harness.mjs';

const browser = browserForThisFile();
const slipOf = (page, id) => page.locator(`#${id}-slip`);
const slipText = async (page, id) => plain(await slipOf(page, id).innerText());

describe('slips a hurried person makes', () => {
  test('switching the period keeps the goal\'s meaning, says so, and offers the number as typed', async () => {
    const { page, problems } = await openPage(browser);
    await page.locator('#plan-goal').fill('44');
    await page.locator('#plan-period').selectOption('3');
    await page.locator('#plan-period').selectOption('1');  // 132 a quarter back to 44 a month: exact
    assert.equal(await page.locator('#plan-goal').inputValue(), '44');
    await page.locator('#plan-period').selectOption('3');
    assert.equal(await page.locator('#plan-goal').inputValue(), '132');
    await page.locator('#plan-goal').fill('44');
    await page.locator('#plan-period').selectOption('1');  // 44 a quarter are 14,67 a month: 15 reach it
    assert.equal(await page.locator('#plan-goal').inputValue(), '15');
    assert.match(await slipText(page, 'plan-goal'), /^Ziel umgerechnet: 44 pro Quartal sind 14,67 pro Monat, aufgerundet auf 15\. Meinten Sie 44 pro Monat\?/);
    assert.equal((await stageCounts(page))[2], '15');
    await slipOf(page, 'plan-goal').getByRole('button', { name: 'Übernehmen' }).click();
    assert.equal(await page.locator('#plan-goal').inputValue(), '44');
    assert.equal((await stageCounts(page))[2], '44');
    assert.equal(await slipOf(page, 'plan-goal').isVisible(), false);
    // A revenue goal converts to the cent; the forecast's volume converts too.
    await page.locator('.segments label', { hasText: 'Umsatz' }).click();
    await page.locator('#plan-revenue').fill('900.000');
    await page.locator('#plan-deal').fill('24.900');
    await page.locator('#plan-period').selectOption('3');
    assert.equal(await page.locator('#plan-revenue').inputValue(), '2.700.000');
    await page.locator('#tab-forecast').click();
    assert.equal(await page.locator('#forecast-volume').inputValue(), '900');  // 300 a month
    assert.equal(await page.locator('#forecast-period').inputValue(), '3');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a quarter\'s plan shows per quarter and per month; at 90 % it says why a month\'s 90 % plan is more', async () => {
    const { page } = await openPage(browser, { path: '#fp1&g=150&p=3&cf=0.9' });
    const meta = await texts(page.locator(`${CHART} .meta`));
    assert.ok(meta.some((line) => /^\d+(,\d)? pro Monat\d+(,\d)? pro Woche · \d+(,\d)? pro Arbeitstag$/.test(line)), meta.join('\n'));
    assert.match(plain(await page.locator('#plan-pooling').innerText()), /^Die Monatswerte sind hier der Plan für das Quartal geteilt durch 3\. .*gleichen sich gute und schlechte Monate aus\.$/);
    await page.close();
  });

  test('"0,31" in a percent field gets "Meinten Sie 31 %?", and one click applies it', async () => {
    const { page } = await openPage(browser);
    await page.locator('fieldset[data-index="0"] .mode label', { hasText: 'Rate' }).click();
    await page.locator('#c0-rate').fill('0,31');
    assert.equal(await slipText(page, 'c0-rate'), 'Erkannt: 0,31 %. Meinten Sie 31 %? Übernehmen');
    assert.equal(await page.locator('#c0-rate-error').isVisible(), false);  // a hint, not a block
    assert.equal((await stageCounts(page))[0], '32.259');  // what 0,31 % means, until applied
    await slipOf(page, 'c0-rate').getByRole('button', { name: 'Übernehmen' }).click();
    assert.equal(plain(await page.locator('#c0-rate').inputValue()), '31 %');
    assert.equal((await stageCounts(page))[0], '323');
    assert.equal(await slipOf(page, 'c0-rate').isVisible(), false);
    await page.close();
  });

  test('"2,5 Mio", "24.900 €" and "81 Kunden" are read, and the magnitude is said', async () => {
    const { page } = await openPage(browser);
    await page.locator('.segments label', { hasText: 'Umsatz' }).click();
    await page.locator('#plan-revenue').fill('2,5 Mio');
    await page.locator('#plan-deal').fill('24.900 €');
    assert.equal(await slipText(page, 'plan-revenue'), '„2,5 Mio“ als 2.500.000 erkannt.');
    assert.equal((await stageCounts(page))[2], '101');  // 2.500.000 / 24.900 = 100,4
    assert.match((await texts(page.locator('#plan-steps li')))[0], /^2\.500\.000,00 € ÷ 24\.900,00 € = 100,4 → 101 Kunden \(aufgerundet\)$/);
    await page.locator('#plan-deal').fill('24.900 $');
    assert.equal(plain(await page.locator('#plan-deal-error').innerText()), 'Dieses Feld erwartet Beträge in €. Bitte einen Betrag wie 24.900 eingeben.');
    await page.locator('.segments label', { hasText: 'Neue Kunden' }).click();
    await page.locator('#plan-goal').fill('81 Kunden');
    assert.equal((await stageCounts(page))[2], '81');
    await page.close();
  });

  test('a likely slip against the history is hinted with the fix: a deal value typed in thousands', async () => {
    const { page } = await openPage(browser);
    await page.locator('.segments label', { hasText: 'Umsatz' }).click();
    await page.locator('#plan-revenue').fill('900.000');
    await page.locator('#plan-deal').fill('24,9');
    assert.match(await slipText(page, 'plan-deal'), /^Das Ziel ist 867-mal so hoch wie Ihr bisheriger Schnitt \(41,7 pro Monat\)\. Meinten Sie einen Auftragswert von 24\.900\?/);
    await slipOf(page, 'plan-deal').getByRole('button', { name: 'Übernehmen' }).click();
    assert.equal(await page.locator('#plan-deal').inputValue(), '24.900');
    assert.equal((await stageCounts(page))[2], '37');
    await page.locator('#plan-history').fill('52');
    assert.match(await slipText(page, 'plan-history'), /Meinten Sie 52 Wochen, also 12 Monate\?/);
    await page.close();
  });

  test('a row pasted from Excel into one count fills the funnel and says so', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(browser.url);
    await page.locator(CHART).waitFor();
    await page.locator('fieldset[data-index="1"] .mode label', { hasText: 'Rate' }).click();
    await page.evaluate(() => navigator.clipboard.writeText('1850\t470\t81\r\n'));
    await page.locator('#c0-fromCount').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    assert.equal(await page.locator('#c0-fromCount').inputValue(), '1.850');
    assert.equal(await page.locator('#c0-toCount').inputValue(), '470');
    assert.equal(await page.locator('#c1-fromCount').inputValue(), '470');
    assert.equal(await page.locator('#c1-toCount').inputValue(), '81');
    assert.equal(await page.locator('fieldset[data-index="1"] input[value="counts"]').isChecked(), true);  // the rate became counts
    assert.equal(await slipText(page, 'c0-fromCount'), 'Aus der eingefügten Zeile übernommen: MQL 1.850, SQL 470, Kunde 81.');
    assert.equal(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), 'c0-fromCount');
    // One number fewer than stages, pasted at the second stage; one too many says what was left.
    await page.evaluate(() => navigator.clipboard.writeText('500;90;7'));
    await page.locator('#c0-toCount').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    assert.deepEqual([await page.locator('#c0-toCount').inputValue(), await page.locator('#c1-toCount').inputValue()], ['500', '90']);
    assert.match(await slipText(page, 'c0-toCount'), /SQL 500, Kunde 90\. 1 weitere Zahl passte nicht mehr in den Funnel\.$/);
    // Typed (not pasted) into one field, a row is refused with what was read.
    await page.locator('#plan-goal').fill('1850\t470');
    assert.equal(plain(await page.locator('#plan-goal-error').innerText()), 'Mehrere Zahlen erkannt (1.850, 470) – erlaubt ist nur eine. Bitte eine ganze Zahl wie 470 eingeben.');
    await page.close();
  });

  test('at 90 %, the screen, the CSV and the Markdown show the same plan, and begin with the inputs', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${browser.url}#fp1&g=50&cf=0.9`);
    await page.locator(CHART).waitFor();
    const onScreen = await stageCounts(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#plan-csv').click()]);
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n').map((line) => line.split(';'));
    assert.deepEqual(lines.find((row) => row[0] === 'Planungssicherheit'), ['Planungssicherheit', '90\u00A0%']);
    assert.ok(lines.find((row) => row[0] === 'Link zu diesem Plan')[1].includes('#fp1&'));
    const stages = lines.slice(lines.findIndex((row) => row[0] === 'Stufe') + 1, -1);
    assert.deepEqual(stages.map((row) => Number(row[1]).toLocaleString('de-DE')), onScreen);
    await page.locator('#plan-markdown').click();
    await page.locator('#copied').filter({ hasText: 'kopiert' }).waitFor();
    const markdown = plain(await page.evaluate(() => navigator.clipboard.readText()));
    assert.match(markdown, /\| Planungssicherheit \| 90 % \|/);
    assert.ok(markdown.includes(`| MQLs | ${onScreen[0]} |`), markdown);
    await page.close();
  });

  test('the print is one page for sales: the inputs first, then the plan at its level as a table, even for 8 stages', async () => {
    const funnel = 's=A,B,C,D,E,F,G,H&c=8000:4000,4000:2000,2000:1000,1000:500,500:250,250:125,125:60';
    const { page } = await openPage(browser, { path: `#fp1&${funnel}&cf=0.95&gk=revenue&rv=900000&dv=24900&p=12` });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#plan-chart').isVisible(), false);
    assert.equal(await page.locator('#plan-steps').isVisible(), false);
    const inputs = await texts(page.locator('#plan-print-inputs dt, #plan-print-inputs dd'));
    assert.deepEqual(inputs.slice(0, 4), ['Umsatzziel pro Jahr', '900.000,00 €', 'Ø Auftragswert', '24.900,00 €']);
    const [a, b] = [isolated('A'), isolated('B')];  // names someone typed, isolated in running text
    assert.ok(inputs.includes(`${a} → ${b}`) && inputs.includes(`8.000 ${a} → 4.000 ${b} (50 %)`), inputs.join(' | '));
    const rows = await page.locator('#plan-print-table tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((cell) => cell.textContent)));
    assert.deepEqual(rows[0], ['Stufe', 'Benötigt pro Jahr', 'Pro Monat', 'Pro Woche', 'Pro Arbeitstag', 'Rate zur nächsten Stufe']);
    assert.equal(rows.length, 9);
    const chance = plain(await page.locator('#plan-chance').innerText());
    assert.ok(chance.endsWith(`brauchen Sie ${rows[1][1]} ${isolated('A')}.`), `${chance} / ${rows[1][1]}`);  // the 95 % plan's
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, 1);
    await page.close();
  });

  test('the forecast prices its customers and compares them with the goal', async () => {
    const { page } = await openPage(browser, { path: '#fp1&v=forecast&g=50' });
    await page.locator('#forecast-deal').fill('24.900');
    const outcome = await texts(page.locator('#forecast-outcome dt, #forecast-outcome dd'));
    assert.equal(outcome[0], 'Erwarteter Umsatz');
    // 37,5 customers at 24.900 € (the mean of the rates' posteriors: a little under 37,5).
    assert.match(outcome[1], /^≈ 93\d\.\d{3} € \(wahrscheinlich 747\.000 € bis 1\.120\.500 €\)$/);
    assert.equal(outcome[2], 'Im Vergleich zum Ziel');
    assert.equal(outcome[3], '≈ 37,5 – Ziel: 50 Kunden (75 %)');
    assert.equal(outcome[4], 'Chance, das Ziel zu erreichen');
    assert.match(outcome[5], /^\d(,\d)? %$/);
    await page.close();
  });
});
