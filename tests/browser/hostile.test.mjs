import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHART, browserForThisFile, isolated, openPage, stageCounts } from './harness.mjs';

const browser = browserForThisFile();

// What visitors paste into fields; `valid` ones must simply work.
const HOSTILE = ['', '-', '1e999', 'NaN', 'Infinity', '0', '-5', '1,2,3', '9'.repeat(10000), '😀',
  '<img src=x onerror=alert(1)>'];
const VALID_WITH_SPACES = '  50  ';

// Everything a person can read in the planner, shadow root included.
const shownText = (page) => page.locator('funnel-planner').evaluate((planner) => planner.shadowRoot.querySelector('.planner').innerText);
const fieldValues = (page) => page.locator('funnel-planner').evaluate((planner) =>
  Object.fromEntries([...planner.shadowRoot.querySelectorAll('input[data-field]')].map((input) => [input.id, input.value])));

async function sweep(page, ids, problems) {
  const resultBefore = await stageCounts(page);
  for (const id of ids) {
    const input = page.locator(`#${id}`);
    const original = await input.inputValue();
    const optional = (await input.getAttribute('data-optional')) !== null;
    for (const value of HOSTILE) {
      const others = await fieldValues(page);
      await input.fill(value);
      const error = page.locator(`#${id}-error`);
      if (!(optional && value === '')) {
        assert.equal(await error.isVisible(), true, `${id} = ${JSON.stringify(value.slice(0, 20))}`);
        const message = await error.innerText();
        assert.ok(message.length > 10, message);
        assert.doesNotMatch(message, /Please|Expected|number greater/, 'the message speaks German');
      }
      assert.deepEqual(await stageCounts(page), resultBefore, `the last valid result stays (${id})`);
      assert.doesNotMatch(await shownText(page), /NaN|undefined|Infinity|null/);
      const now = await fieldValues(page);
      for (const [other, text] of Object.entries(others)) if (other !== id) assert.equal(now[other], text, `${other} unchanged`);
    }
    await input.fill(VALID_WITH_SPACES);
    assert.equal(await page.locator(`#${id}-error`).isVisible(), false, `${id} takes "  50  "`);
    await input.fill(original);
    assert.deepEqual(await stageCounts(page), resultBefore);
  }
  assert.equal(await page.evaluate(() => window.alerted), undefined, 'no injected script ran');
  assert.equal(await page.locator('img').count(), 0);
  assert.deepEqual(problems, []);
}

describe('hostile input', () => {
  test('every field of the plan gets an inline message and loses nothing else', async () => {
    const { page, problems } = await openPage(browser);
    await page.evaluate(() => { window.alert = () => { window.alerted = true; }; });
    await sweep(page, ['plan-goal', 'c0-fromCount', 'c0-toCount', 'c1-fromCount', 'c1-toCount', 'plan-history'], problems);
    for (const index of [0, 1]) {
      await page.locator(`fieldset[data-index="${index}"] .mode label`, { hasText: 'Rate' }).click();
    }
    await sweep(page, ['c0-rate', 'c1-rate'], problems);
    await page.locator('.segments label', { hasText: 'Umsatz' }).click();
    await page.locator('#plan-revenue').fill('100.000');
    await page.locator('#plan-deal').fill('2.000');
    await sweep(page, ['plan-revenue', 'plan-deal'], problems);
    await page.close();
  });

  test('the forecast volume and deal value too', async () => {
    const { page, problems } = await openPage(browser);
    await page.locator('#tab-forecast').click();
    await sweep(page, ['forecast-volume', 'forecast-deal'], problems);
    await page.close();
  });

  test('stage names are text: markup in them is shown, never run', async () => {
    const { page, problems } = await openPage(browser);
    await page.evaluate(() => { window.alert = () => { window.alerted = true; }; });
    await page.locator('#stage-0').fill('<img src=x onerror=alert(1)>');
    await page.locator('#stage-0').dispatchEvent('change');
    assert.equal(await page.locator(`${CHART} .name`).first().textContent(), isolated('<img src=x onerror=alert(1)>'));
    await page.locator('#stage-1').fill('');
    assert.match(await page.locator('#stage-1-error').innerText(), /Jede Stufe braucht einen Namen/);
    assert.equal(await page.evaluate(() => window.alerted), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
