import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHART, browserForThisFile, openPage, plain, stageCounts, textOf, texts } from './harness.mjs';

const browser = browserForThisFile();
const stepTexts = (page) => texts(page.locator('#plan-steps li'));
const errorOf = (page, id) => page.locator(`#${id}-error`);

// Replaces a field's text in one input event (as a paste would).
async function typeInto(page, id, text) {
  await page.locator(`#${id}`).fill(text);
}

// Nothing a person reads may say NaN, undefined, Infinity or null.
async function assertNoJunkOnScreen(page) {
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /NaN|undefined|Infinity|null/);
}

describe('the planner page', () => {
  test('shows the worked example in German on first load', async () => {
    const { page, problems } = await openPage(browser);
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
    assert.deepEqual(await page.locator(`${CHART} .name`).allTextContents(), ['MQLs', 'SQLs', 'Kunden']);
    assert.deepEqual(await stepTexts(page), [
      '50 Kunden ÷ 50 % (500 von 1.000) = 100 SQLs',
      '100 SQLs ÷ 25 % (1.000 von 4.000) = 400 MQLs',
      '4.000 MQLs ÷ 12 Monate = 333,3 MQLs pro Monat bisher',
    ]);
    assert.deepEqual(await texts(page.locator(`${CHART} .rate`)), ['25 % davon werden SQLs', '50 % davon werden Kunden']);
    assert.match(await textOf(page.locator('#plan-overall')), /12,5 %/);
    assert.deepEqual((await texts(page.locator(`${CHART} .meta`))).slice(0, 2), ['bisher 333,3 pro Monat20 % mehr als bisher', '92,3 pro Woche · 19,2 pro Arbeitstag']);
    assert.equal(plain(await page.locator(`${CHART} .range`).first().textContent()), 'wahrscheinlich 23,7 % bis 26,4 %');
    assert.match(await page.locator('.footnote').first().innerText(), /ganze Leads/);
    assert.equal(await page.locator('#plan-goal').inputValue(), '50');
    assert.equal(await page.locator('#c0-fromCount').inputValue(), '4.000');
    await assertNoJunkOnScreen(page);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('updates the plan on every keystroke, without a button', async () => {
    const { page } = await openPage(browser);
    assert.equal(await page.locator('button[type="submit"], input[type="submit"]').count(), 0);
    await page.locator('#plan-goal').fill('');
    await page.locator('#plan-goal').pressSequentially('7');
    assert.deepEqual(await stageCounts(page), ['56', '14', '7']);
    await page.locator('#plan-goal').pressSequentially('5');
    assert.deepEqual(await stageCounts(page), ['600', '150', '75']);
    await page.close();
  });

  test('reads a German decimal comma in a rate', async () => {
    const { page } = await openPage(browser);
    await page.locator('fieldset[data-index="0"] .mode label', { hasText: 'Rate' }).click();
    assert.equal(plain(await page.locator('#c0-rate').inputValue()), '25 %');  // the rate the counts gave
    await typeInto(page, 'c0-rate', '12,5');
    assert.deepEqual(await stageCounts(page), ['800', '100', '50']);
    await typeInto(page, 'c0-rate', '12,5 %');
    assert.deepEqual(await stageCounts(page), ['800', '100', '50']);
    assert.match((await stepTexts(page))[1], /^100 SQLs ÷ 12,5 % = 800 MQLs$/);
    assert.equal(plain(await page.locator(`${CHART} .range`).first().textContent()), 'vorgegeben');
    await page.close();
  });

  test('rounds up exactly: 7 customers at 7 % need 100 SQLs, not 101', async () => {
    const { page } = await openPage(browser);
    await typeInto(page, 'plan-goal', '7');
    await page.locator('fieldset[data-index="1"] .mode label', { hasText: 'Rate' }).click();
    await typeInto(page, 'c1-rate', '7');
    assert.equal((await stageCounts(page))[1], '100');
    await page.close();
  });

  test('shows an invalid value\'s message next to it and keeps everything else', async () => {
    const { page, problems } = await openPage(browser);
    await typeInto(page, 'c0-fromCount', '1,2,3');
    await assert.doesNotReject(errorOf(page, 'c0-fromCount').waitFor({ state: 'visible' }));
    assert.match(await errorOf(page, 'c0-fromCount').innerText(), /Trennzeichen steht an der falschen Stelle/);
    assert.equal(await page.locator('#c0-fromCount').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#c0-fromCount').inputValue(), '1,2,3');  // nothing typed is lost
    assert.equal(await page.locator('#c0-toCount').inputValue(), '1.000');
    assert.equal(await page.locator('#plan-goal').inputValue(), '50');
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);  // the last valid result stays
    assert.equal(await page.locator('#stale').isVisible(), true);
    assert.equal(await errorOf(page, 'c0-toCount').isVisible(), false);
    await assertNoJunkOnScreen(page);

    await typeInto(page, 'c0-fromCount', '5.000');
    assert.equal(await errorOf(page, 'c0-fromCount').isVisible(), false);
    assert.equal(await page.locator('#stale').isVisible(), false);
    assert.deepEqual(await stageCounts(page), ['500', '100', '50']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('checks the plan\'s rules field by field', async () => {
    const { page } = await openPage(browser);
    await typeInto(page, 'c0-toCount', '5.000');
    assert.match(await errorOf(page, 'c0-toCount').innerText(), /nicht größer sein als/);
    await typeInto(page, 'plan-goal', '2,5');
    assert.match(await errorOf(page, 'plan-goal').innerText(), /ganze Zahl/);
    await typeInto(page, 'plan-history', '');
    assert.equal(await errorOf(page, 'plan-history').isVisible(), false);  // optional
    await typeInto(page, 'plan-goal', '');
    assert.match(await errorOf(page, 'plan-goal').innerText(), /Bitte eine ganze Zahl wie 470 eingeben/);
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
    await assertNoJunkOnScreen(page);
    await page.close();
  });

  test('says each problem once, next to its field, and nothing above the form', async () => {
    const { page } = await openPage(browser);
    const shownErrors = () => page.locator('funnel-planner').evaluate((planner) => [...planner.shadowRoot.querySelectorAll('.error')]
      .filter((error) => error.offsetParent !== null).map((error) => `${error.id}: ${error.textContent}`));
    await typeInto(page, 'plan-goal', '');
    assert.deepEqual(await shownErrors(), ['plan-goal-error: Bitte eine ganze Zahl wie 470 eingeben.']);
    await typeInto(page, 'plan-goal', '50');
    await typeInto(page, 'c1-fromCount', '');
    await typeInto(page, 'c1-toCount', '');
    assert.deepEqual(await shownErrors(), ['c1-fromCount-error: Bitte eine ganze Zahl wie 470 eingeben.', 'c1-toCount-error: Bitte eine ganze Zahl wie 470 eingeben.']);
    await page.locator('fieldset[data-index="0"] .mode label', { hasText: 'Rate' }).click();
    await typeInto(page, 'c0-rate', '');
    assert.equal((await shownErrors()).length, 3);
    assert.equal(await page.locator('#stages-error').isVisible(), false);
    // A revenue goal just chosen: its empty fields are to be filled, not red (issue 14, item 6) ...
    await page.locator('.segments label', { hasText: 'Umsatz' }).click();
    assert.deepEqual((await shownErrors()).filter((error) => /^plan-(revenue|deal)/.test(error)), []);
    assert.equal(await page.locator('#plan-revenue').getAttribute('data-to-fill'), '');
    // ... until the person leaves one empty.
    await page.locator('#plan-revenue').focus();
    await page.locator('#plan-revenue').blur();
    assert.deepEqual((await shownErrors()).filter((error) => /^plan-(revenue|deal)/.test(error)),
      ['plan-revenue-error: Bitte einen Betrag wie 24.900 eingeben.']);
    assert.equal(await page.locator('#stages-error').isVisible(), false);
    await page.close();
  });

  test('switches to English, re-spelling the numbers typed so far', async () => {
    const { page } = await openPage(browser);
    await typeInto(page, 'c1-toCount', '1.500');
    assert.match(await errorOf(page, 'c1-toCount').innerText(), /nicht größer sein/);
    await page.locator('button[data-lang="en"]').click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });  // English loads on first use
    assert.equal(await page.locator('button[data-lang="en"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('label[for="plan-goal"]').innerText(), 'New customers per month');
    assert.equal(await page.locator('#c0-fromCount').inputValue(), '4,000');
    assert.match(await errorOf(page, 'c1-toCount').innerText(), /Cannot be more than/);
    await typeInto(page, 'c1-toCount', '500');
    assert.deepEqual(await stepTexts(page), [
      '50 customers ÷ 50% (500 of 1,000) = 100 SQLs',
      '100 SQLs ÷ 25% (1,000 of 4,000) = 400 MQLs',
      '4,000 MQLs ÷ 12 months = 333.3 MQLs per month so far',
    ]);
    await typeInto(page, 'c0-fromCount', '4.5');
    assert.match(await errorOf(page, 'c0-fromCount').innerText(), /whole number/);
    await typeInto(page, 'c0-fromCount', '4,500');
    await page.waitForURL(/#fp1&.*l=en.*c=4500:1000/);  // the plan lives in the address, language included
    await page.reload();
    await page.locator(CHART).first().waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.close();
  });

  test('sends no request beyond its own origin', async () => {
    const { page, requests, problems } = await openPage(browser);
    await typeInto(page, 'plan-goal', '80');
    await page.locator('button[data-lang="en"]').click();
    const origin = new URL(browser.url).origin;
    const foreign = requests.filter((url) => new URL(url).origin !== origin);
    assert.deepEqual(foreign, []);
    assert.ok(requests.some((url) => url.endsWith('/funnel-core.wasm')));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('fits a 320 px phone without sideways scrolling', async () => {
    const { page } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    await page.close();
  });

  // The page's language while the planner starts in a view that is still loading its files.
  test('a page asked for in English opens a shared forecast in English; a link\'s own language wins', async () => {
    const { page } = await openPage(browser, { path: '?lang=en#fp1&v=forecast' });
    assert.equal(plain(await page.locator('#tab-forecast').innerText()), 'Forecast: leads → customers');
    assert.equal(plain(await page.locator('#forecast-title').innerText()), 'Forecast per month');
    await page.close();
    const { page: german } = await openPage(browser, { path: '?lang=en#fp1&l=de&v=forecast' });
    assert.equal(plain(await german.locator('#forecast-title').innerText()), 'Prognose pro Monat');
    await german.close();
  });

  // Issue 14, item 6: the heading belongs to the figures under it.
  test('keeps the heading with the plan it shows while an input is wrong', async () => {
    const { page } = await openPage(browser);
    await typeInto(page, 'plan-goal', '');
    await page.locator('#plan-period').selectOption('3');
    assert.equal(plain(await page.locator('#plan-title').innerText()), 'Ihr Plan pro Monat');  // the last valid plan, per month
    assert.equal(plain(await page.locator('label[for="plan-goal"]').innerText()), 'Neue Kunden pro Quartal');  // what is typed now
    await typeInto(page, 'plan-goal', '150');
    assert.equal(plain(await page.locator('#plan-title').innerText()), 'Ihr Plan pro Quartal');
    await page.close();
  });

  // Issue 14, item 8: on a phone the bar with the plan stays out of the way of typing,
  // and takes the person to the results without touching the address (a share link lives there).
  test('on a phone, the summary bar steps aside for a focused field and leads to the results', async () => {
    const { page } = await openPage(browser, { path: '#fp1&g=60', viewport: { width: 390, height: 844 } });
    const bar = page.locator('#summary');
    await bar.waitFor();  // the results are below the fold: the bar shows the plan
    assert.equal(plain(await bar.innerText()), '480 MQLs → 120 SQLs → 60 Kunden');
    await page.locator('#plan-goal').focus();
    await bar.waitFor({ state: 'hidden' });
    await page.locator('#c0-fromCount').focus();  // from one field to the next, it stays aside
    assert.equal(await bar.isVisible(), false);
    await page.locator('#c0-fromCount').blur();
    await bar.waitFor();
    // url-sync rewrites the address once typing pauses: wait for it, so the tap alone is measured.
    await page.waitForURL(/#fp1&v=plan&.*g=60/);
    const address = page.url();
    await bar.click();
    await page.waitForFunction(() => {
      const results = document.querySelector('funnel-planner').shadowRoot.querySelector('[role="tabpanel"]:not([hidden]) .results');
      const box = results.getBoundingClientRect();
      return box.top >= -1 && box.top < window.innerHeight / 2;
    });
    await page.waitForTimeout(700);  // longer than url-sync's pause: nothing more is written
    assert.equal(page.url(), address);
    await page.close();
  });
});
