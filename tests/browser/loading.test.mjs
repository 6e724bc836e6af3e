import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHART, browserForThisFile, plain } from './harness.mjs';

const browser = browserForThisFile();

// A host page with its own text above and below the planner, and the one CSS
// line the README asks of a host: room for the planner before its script runs.
const HOST = `<!doctype html><html lang="de"><head><meta name="viewport" content="width=device-width, initial-scale=1">
<style>funnel-planner:not(:defined) { display: block; min-height: 100vh }</style>
<script type="module" src="funnel-planner.js"></script></head>
<body style="margin: 0; font: 16px sans-serif">
<h1 id="above">Unser Leadrechner</h1>
<funnel-planner></funnel-planner>
<p id="below">Fragen? Rufen Sie uns an.</p></body></html>`;

// Sums every layout shift the page reports (none follows input here).
const recordShifts = () => {
  window.shifts = [];
  new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value)))
    .observe({ type: 'layout-shift', buffered: true });
};

async function loadAndSettle(page, url) {
  await page.addInitScript(recordShifts);
  await page.goto(url);
  await page.locator(CHART).waitFor();
  await page.waitForTimeout(600);  // past the first plan's follow-up work (sizes, the chance sentence)
  return page.evaluate(() => window.shifts.reduce((sum, value) => sum + value, 0));
}

describe('while the planner loads', () => {
  test('shows one loading line until the core is there, then the whole planner with its first plan', async () => {
    const page = await browser.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/funnel-core.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(browser.url);
    const loading = page.locator('#loading');
    await loading.waitFor();
    assert.equal(plain(await loading.innerText()), 'Planer wird geladen …');
    assert.equal(await page.locator('#plan-goal').isVisible(), false);
    release();
    await page.locator(CHART).waitFor();
    assert.equal(await loading.isVisible(), false);
    // The first plan comes complete: the chance sentence is there with it, not 150 ms later.
    assert.match(plain(await page.locator('#plan-chance').innerText()), /Mit 400 MQLs erreichen Sie Ihr Ziel mit einer Wahrscheinlichkeit von 52,1 %/);
    await page.close();
  });

  test('says so in place of the loading line when the core cannot load at all', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Neither the wasm nor its JavaScript fallback arrives.
    await page.route('**/funnel-core.wasm', (route) => route.abort());
    await page.route('**/funnel-core-asm.mjs', (route) => route.abort());
    await page.goto(browser.url);
    const loading = page.locator('#loading');
    await loading.filter({ hasText: 'konnte nicht geladen werden' }).waitFor();
    assert.equal(plain(await loading.innerText()), 'Der Planer konnte nicht geladen werden. Bitte laden Sie die Seite neu.');
    assert.equal(await page.locator('#plan-goal').isVisible(), false);
    assert.doesNotMatch(await page.locator('body').innerText(), /NaN|undefined|Infinity|null/);
    await page.close();
  });

  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    test(`moves nothing on the page at ${viewport.width} px: no layout shift`, async () => {
      const page = await browser.newPage({ viewport });
      assert.equal(await loadAndSettle(page, browser.url), 0);
      await page.close();
    });

    test(`keeps a host's text below it out of sight until it is there, at ${viewport.width} px`, async () => {
      const page = await browser.newPage({ viewport });
      await page.route(`${browser.url}host.html`, (route) => route.fulfill({ contentType: 'text/html', body: HOST }));
      assert.equal(await loadAndSettle(page, `${browser.url}host.html`), 0);
      assert.equal(await page.locator('#below').isVisible(), true);
      await page.close();
    });
  }

  test('keeps the chance sentence in place, dimmed, while typing goes on', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url);
    await page.locator(CHART).waitFor();
    const chance = page.locator('#plan-chance');
    const before = await chance.boundingBox();
    // One keystroke, and what the sentence looks like right after it, in one go
    // (the new sentence is asked for 150 ms later).
    const during = await page.locator('#plan-goal').evaluate((input) => {
      input.value = '500';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      const sentence = input.getRootNode().getElementById('plan-chance');
      return { pending: sentence.classList.contains('pending'), hidden: sentence.hidden, text: sentence.textContent };
    });
    assert.equal(during.hidden, false);
    assert.equal(during.pending, true);
    assert.match(plain(during.text), /Mit 400 MQLs/);
    assert.deepEqual(await chance.boundingBox(), before);
    await page.locator('#plan-chance:not(.pending)').waitFor();
    assert.match(plain(await chance.innerText()), /Mit 4\.000 MQLs erreichen Sie Ihr Ziel/);
    await page.close();
  });
});
