import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHART, browserForThisFile, openPage, plain, stageCounts, texts } from './harness.mjs';

const browser = browserForThisFile();
const chance = async (page) => plain(await page.locator('#plan-chance').innerText());

describe('planning with confidence', () => {
  test('states the chance of the point plan and what 90 % takes', async () => {
    const { page, problems } = await openPage(browser);
    await page.locator('#plan-chance').filter({ hasText: 'Wahrscheinlichkeit' }).waitFor();  // asked once typing pauses
    const sentence = await chance(page);
    const match = /^Mit 400 MQLs erreichen Sie Ihr Ziel mit einer Wahrscheinlichkeit von (\d+(?:,\d)?) %\. Für 90 % Planungssicherheit brauchen Sie (\d+) MQLs\.$/.exec(sentence);
    assert.ok(match, sentence);
    const probability = Number(match[1].replace(',', '.'));
    assert.ok(probability > 40 && probability < 60, sentence);  // a point plan is about a coin flip
    const for90 = match[2];
    assert.ok(Number(for90) > 400);

    await page.locator('.segments label', { hasText: '90 %' }).click();
    const counts = await stageCounts(page);
    assert.equal(counts[0], for90);
    assert.ok(Number(counts[1]) > 100);
    assert.equal(counts[2], '50');
    // Every figure at 90 % is the 90 % plan's: its gap to the 333,3 MQLs a month so far, not the 400's 20 %.
    const meta = await texts(page.locator(`${CHART} .meta`));
    assert.equal(meta[0], 'bei Durchschnittsraten: 400');
    assert.equal(meta[1], `bisher 333,3 pro Monat${Math.round((Number(for90) / (4000 / 12) - 1) * 100)} % mehr als bisher`);
    assert.equal(meta[2], `${(Number(for90) * 12 / 52).toFixed(1).replace('.', ',')} pro Woche · ${(Number(for90) * 12 / 250).toFixed(1).replace('.', ',')} pro Arbeitstag`);
    assert.match((await texts(page.locator('#plan-steps li')))[0], new RegExp(`^Für 90 % Planungssicherheit: ${for90} MQLs, die kleinste Zahl`));
    assert.equal(await page.locator('#plan-sensitivity-note').isVisible(), true);  // said, where it is the average's

    await page.locator('.segments label', { hasText: '95 %' }).click();
    assert.ok(Number((await stageCounts(page))[0]) > Number(for90));
    assert.match(await chance(page), /Für 95 % Planungssicherheit brauchen Sie/);

    await page.locator('.segments label', { hasText: 'Durchschnitt' }).click();
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a point plan that fits stands even when 90 % would need more than 2^53 leads', async () => {
    const { page, problems } = await openPage(browser);
    await page.locator('#plan-goal').fill('1.100.000.000.000.000');
    assert.equal((await stageCounts(page))[0], '8.800.000.000.000.000');
    assert.equal(await page.locator('#stale').isVisible(), false);
    await page.waitForTimeout(400);
    assert.equal(await page.locator('#plan-chance').isVisible(), false);  // no sentence, no error
    await page.locator('.segments label', { hasText: '90 %' }).click();
    assert.match(await page.locator('#plan-confidence-error').innerText(), /9 Billiarden/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('shows each measured rate with its range and warns about small samples in plain words', async () => {
    const { page } = await openPage(browser);
    assert.match(plain(await page.locator(`${CHART} .range`).first().textContent()), /^wahrscheinlich 23,7 % bis 26,4 %$/);
    await page.locator('#c1-fromCount').fill('20');
    await page.locator('#c1-toCount').fill('10');
    assert.match(await page.locator('#plan-warnings').innerText(), /SQL → Kunde: Weniger als 30 Leads als Basis/);
    const range = plain(await page.locator(`${CHART} .range`).nth(1).textContent());
    const [low, high] = [...range.matchAll(/(\d+(?:,\d)?) %/g)].map((m) => Number(m[1].replace(',', '.')));
    assert.ok(high - low > 30, range);  // 10 of 20 is a wide guess
    await page.close();
  });

  test('the forecast tab turns this month\'s leads into expected customers with a range', async () => {
    const { page, problems } = await openPage(browser);
    await page.locator('#tab-forecast').click();
    assert.equal(await page.locator('#tab-forecast').getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('#plan-goal').isVisible(), false);
    assert.equal(await page.locator('#forecast-volume').inputValue(), '300');
    assert.equal(plain(await page.locator('#forecast-title').innerText()), 'Prognose pro Monat');
    // 300 MQLs at about 25 % and 50 %: about 75 SQLs and 38 customers.
    assert.deepEqual(await stageCounts(page), ['300', '≈ 75', '≈ 38']);
    assert.match(await page.locator('#summary').getAttribute('aria-label'), /^Ihre Prognose: 300 MQLs/);  // not "Ihr Plan"
    const ranges = (await page.locator(`${CHART} .meta .range`).allTextContents()).map(plain);
    assert.equal(ranges.length, 2);
    for (const [range, expected] of ranges.map((text, i) => [text, [75, 38][i]])) {
      const [, low, high] = /^wahrscheinlich (\d+) bis (\d+)$/.exec(range).map(Number);
      assert.ok(low < expected && expected < high, range);
    }
    await page.locator('#forecast-volume').fill('400');
    assert.deepEqual(await stageCounts(page), ['400', '≈ 100', '≈ 50']);
    await page.locator('#forecast-volume-stage').selectOption({ label: 'SQLs' });
    assert.deepEqual(await stageCounts(page), ['400', '≈ 200']);
    await page.locator('#forecast-volume').fill('abc');
    assert.match(await page.locator('#forecast-volume-error').innerText(), /„abc“ passt hier nicht\. Bitte eine ganze Zahl wie 470 eingeben\./);
    assert.deepEqual(await stageCounts(page), ['400', '≈ 200']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the tabs work from the keyboard', async () => {
    const { page } = await openPage(browser);
    await page.locator('#tab-plan').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#tab-forecast').getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), 'tab-forecast');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.locator('#tab-plan').getAttribute('aria-selected'), 'true');
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
    await page.close();
  });
});
