import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CHART, DIST, browserForThisFile, openPage, stageCounts } from './harness.mjs';

const browser = browserForThisFile();

// Records every CSP violation the page reports, from before its first script runs.
const RECORD_VIOLATIONS = () => {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
};

describe('reliability and security', () => {
  test('works under the strict CSP with zero violations, through every feature', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(browser.url);
    await page.locator(CHART).waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'",
      "base-uri 'none'", "form-action 'none'"]) assert.ok(policy.includes(part), part);
    await page.locator('#tab-schedule').click();
    await page.locator('#schedule-sentence').filter({ hasText: 'brauchen Sie' }).waitFor();
    await page.locator('#schedule-markdown').click();
    await Promise.all([page.waitForEvent('download'), page.locator('#schedule-csv').click()]);
    await page.locator('#tab-review').click();
    await page.locator('#review-sample').click();
    await page.locator('#review-state').filter({ hasText: 'Warnung' }).waitFor();
    await page.locator('#review-markdown').click();
    await Promise.all([page.waitForEvent('download'), page.locator('#review-csv').click()]);
    await page.locator('#tab-channels').click();
    await page.locator('#channels-sentence').filter({ hasText: 'sparen' }).waitFor();
    await page.locator('#channels-budget').fill('5000');
    await page.locator('#channels-markdown').click();
    await Promise.all([page.waitForEvent('download'), page.locator('#channels-csv').click()]);
    await page.locator('#tab-handoff').click();
    await page.locator('#handoff-met-7').check();
    await page.locator('#handoff-check').filter({ hasText: '20 Punkte' }).waitFor();
    await page.locator('#handoff-markdown').click();
    await Promise.all([page.waitForEvent('download'), page.locator('#handoff-md').click()]);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));  // the SLA's page, a constructed sheet
    await page.locator('#tab-plan').click();
    await page.locator('.segments label', { hasText: '95 %' }).click();
    await page.locator('#add-top').click();
    await page.locator('#share').click();
    await page.locator('#plan-markdown').click();
    await Promise.all([page.waitForEvent('download'), page.locator('#plan-csv').click()]);
    await page.locator('#tab-forecast').click();
    await page.locator('button[data-lang="en"]').click();
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    // Privacy: only the page's own static files were asked for, and only the one storage entry exists
    // (with url-sync, this tab also notes the addresses it wrote, which its address bar holds anyway).
    // The export writers, the English words and every view but the first are parts of the component in files
    // of their own, loaded on first use; the calls over months (the schedule's, the review's) are a module of
    // their own too, and what those two views share a chunk of its own.
    const files = new Set(requests.map((url) => new URL(url).pathname.replace(/-[A-Z0-9]{8}\.js$/, '-<hash>.js')));
    assert.deepEqual([...files].sort(), ['/', '/chunk-<hash>.js', '/export-<hash>.js', '/favicon.svg', '/funnel-channels.mjs', '/funnel-channels.wasm',
      '/funnel-core.mjs', '/funnel-core.wasm', '/funnel-planner.js', '/funnel-schedule.mjs', '/funnel-schedule.wasm', '/i18n-en-<hash>.js', '/page.css', '/page.js', '/strings-en-<hash>.js', '/view-<hash>.js']);
    await page.waitForFunction(() => localStorage.length === 1);
    const stored = await page.evaluate(() => ({
      local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookie: document.cookie,
    }));
    assert.deepEqual(stored, { local: ['funnel-planner'], session: ['funnel-planner-address'], cookie: '' });
    await page.close();
  });

  test('computes the seed example without WebAssembly, quietly', async () => {
    const page = await browser.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    await page.addInitScript(() => { delete globalThis.WebAssembly; });
    await page.goto(browser.url);
    await page.locator(CHART).waitFor();
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
    assert.ok(requests.includes('/funnel-core-asm.mjs'));  // (the preloaded .wasm arrives but is never compiled)
    // The schedule's own module likewise.
    await page.locator('#tab-schedule').click();
    await page.locator('#schedule-sentence').filter({ hasText: 'Die MQLs dafür brauchen Sie schon ab' }).waitFor();
    assert.ok(requests.includes('/funnel-schedule-asm.mjs'));
    assert.ok(!requests.includes('/funnel-schedule.wasm'));
    assert.deepEqual(problems, []);
    assert.doesNotMatch(await page.locator('funnel-planner').evaluate((planner) => planner.shadowRoot.textContent), /WebAssembly/);
    await page.close();
  });

  test('falls back to JavaScript when a CSP blocks WebAssembly', async () => {
    const page = await browser.newPage();
    const html = readFileSync(`${DIST}index.html`, 'utf8').replace(" 'wasm-unsafe-eval'", '');
    await page.route(`${browser.url}strict.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(`${browser.url}strict.html`);
    await page.locator(CHART).waitFor();
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
    await page.close();
  });

  test('100 000 recomputes leave the wasm memory where it was', async () => {
    const { page } = await openPage(browser);
    const sizes = await page.evaluate(async () => {
      const core = await (await import('/funnel-core.mjs')).default();
      const input = {
        goal: { customers: 50 }, conversions: [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }],
        historyMonths: 12,
      };
      for (let i = 0; i < 1000; i += 1) core.plan(input);  // let the allocator settle
      const before = core.HEAPU8.length;
      for (let i = 0; i < 100000; i += 1) {
        core.plan(input);
        core.parseNumber('1.000,5', 'de');
        if (i % 1000 === 0) core.writeShareLink(core.readShareLink('#fp1&g=50&s=A,B&c=r0.5').state);
      }
      return { before, after: core.HEAPU8.length };
    });
    assert.equal(sizes.after, sizes.before);
    await page.close();
  });
});
