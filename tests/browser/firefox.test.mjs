// Second engine: Debian's Firefox ESR, driven over WebDriver BiDi by
// playwright-core 1.55.1's private launcher (shared/TOOLCHAIN.md §8).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import playwright from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHART, DIST, plain } from './harness.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
let server;
let firefox;
before(async () => {
  server = await startServer({ root: DIST });
  firefox = await playwright._bidiFirefox.launch({ executablePath: FIREFOX, headless: true });
});
after(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox ESR', () => {
  test('loads the page and plans the seed example: 400 MQLs', async () => {
    const page = await firefox.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.locator(CHART).waitFor();
    const counts = await page.locator('funnel-planner').evaluate((planner) =>
      [...planner.shadowRoot.querySelectorAll('#plan-chart svg .count')].map((node) => node.textContent));
    assert.deepEqual(counts.map(plain), ['400', '100', '50']);
    // The schedule view brings its own WebAssembly module.
    await page.locator('#tab-schedule').click();
    await page.locator('#schedule-sentence').filter({ hasText: 'Die MQLs dafür brauchen Sie schon ab' }).waitFor();
    // The KPI review shares that module; Fisher's test answers the same in Firefox.
    await page.locator('#tab-review').click();
    await page.locator('#review-sample').click();
    await page.locator('#review-state').filter({ hasText: 'MQL → SQL fällt (Marketing)' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  // The embed builder (issue 20): its checks through the core and the channels module, its preview, its code.
  test('the embed builder writes the code and previews it', async () => {
    const page = await firefox.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}embed-builder.html`);
    await page.locator('#preview funnel-planner').locator(CHART).waitFor();
    await page.locator('#b-goal').fill('1.000');
    await page.locator('#b-company').fill('Muster GmbH');
    await page.locator('#snippet').filter({ hasText: 'goal="1000"' }).waitFor();
    await page.locator('#preview funnel-planner').locator('#brand-name').filter({ hasText: 'Muster GmbH' }).waitFor();
    await page.locator('#b-lead').selectOption('hubspot');
    await page.locator('#b-portal').fill('12x');
    await page.locator('#b-lead-error').filter({ hasText: 'Portal-ID' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
