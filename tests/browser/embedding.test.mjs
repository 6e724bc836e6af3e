import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { CHART, DIST, browserForThisFile, hostPageServer, openPage, stageCounts } from './harness.mjs';

const browser = browserForThisFile();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page) {
  await page.evaluate(AXE);  // evaluate, not a script tag: the page's CSP forbids inline scripts
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('embedding and standalone use', () => {
  test('the standalone file works when opened straight from disk', async () => {
    const page = await browser.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(`${DIST}funnel-planner-standalone.html`).href);
    await page.locator(CHART).waitFor();
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
    await page.locator('#plan-goal').fill('60');
    assert.deepEqual(await stageCounts(page), ['480', '120', '60']);
    // What the hosted component loads on first use is inside the file too.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#plan-csv').click()]);
    assert.match(readFileSync(await download.path(), 'utf8'), /^\uFEFFFunnel-Plan\r\n[^]*\r\nStufe;Benötigt pro Monat;/);
    // The schedule's own module too (inlined under its own global).
    await page.locator('#tab-schedule').click();
    await page.locator('#schedule-sentence').filter({ hasText: ': 60 Kunden. Die MQLs dafür' }).waitFor();
    // The review shares that module: its statistics and its pasted sheets work from the file too.
    await page.locator('#tab-review').click();
    await page.locator('#review-sample').click();
    await page.locator('#review-state').filter({ hasText: 'MQL → SQL fällt (Marketing)' }).waitFor();
    // And the channels' own module (for 60 customers today's mix would need more of Website/SEO than it delivers).
    await page.locator('#tab-channels').click();
    await page.locator('#channels-sentence').filter({ hasText: 'Der günstigste Mix für 60 Kunden kostet 8.850 €' }).waitFor();
    // The hand-off's calls are in the months module: its SLA follows the plan's 60 customers (480 MQLs, 120 SQLs).
    await page.locator('#tab-handoff').click();
    await page.locator('#handoff-sla').filter({ hasText: 'mindestens 480 MQLs zu gewinnen und mindestens 120 SQLs' }).waitFor();
    assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:')), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('dist/ works from any sub-path of a host', async () => {
    const root = mkdtempSync(join(tmpdir(), 'funnel-host-'));
    mkdirSync(join(root, 'kunden', 'tools'), { recursive: true });
    symlinkSync(DIST, join(root, 'kunden', 'tools', 'planer'));
    const server = await startServer({ root });
    try {
      const { page, problems } = await openPage(browser, { url: `${server.url}kunden/tools/planer/` });
      assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await server.close();
    }
  });

  // The frame's height on the host page, and the planner's height inside it.
  async function heights(page) {
    const frame = page.frameLocator('iframe[data-funnel-planner]');
    return Promise.all([
      page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height),
      frame.locator('html').evaluate((html) => html.getBoundingClientRect().height),
    ]);
  }

  const fitsItsContent = (page) => page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 800);

  // An agency's page on another origin, with the planner in an iframe.
  async function agencyPage({ frameAttributes = '', script = true, above = '' } = {}) {
    const host = await hostPageServer(`<!doctype html><html><body style="margin:0"><h1>Agency</h1>${above}
      <iframe src="${browser.url}embed.html?lang=en&goal=80" title="Funnel Planner" data-funnel-planner ${frameAttributes}></iframe>
      ${script ? `<script src="${browser.url}funnel-planner-frame.js"></script>` : ''}</body></html>`);
    const page = await browser.newPage();
    await page.goto(host.url);
    return { page, close: async () => { await page.close(); await host.close(); } };
  }

  test('an iframe embed grows to its content, and shrinks with it', async () => {
    const { page, close } = await agencyPage();
    const frame = page.frameLocator('iframe[data-funnel-planner]');
    await frame.locator(CHART).waitFor();
    assert.deepEqual(await stageCounts(frame), ['640', '160', '80']);
    await fitsItsContent(page);
    const [outer, inner] = await heights(page);
    assert.ok(Math.abs(outer - inner) <= 2, `frame ${outer} px, content ${inner} px`);
    await frame.locator('#add-top').click();
    await page.waitForFunction((before) => document.querySelector('iframe').getBoundingClientRect().height > before + 50, outer);
    await frame.locator('.remove').first().click();
    await page.waitForFunction((before) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - before) <= 2, outer);
    await close();
  });

  test('an iframe embed gets its height when the parent script runs late', async () => {
    const { page, close } = await agencyPage({ script: false });
    const frame = page.frameLocator('iframe[data-funnel-planner]');
    await frame.locator(CHART).waitFor();
    await page.waitForTimeout(300);  // the frame has reported its height to no one
    await page.addScriptTag({ url: `${browser.url}funnel-planner-frame.js` });
    await fitsItsContent(page);
    const [outer, inner] = await heights(page);
    assert.ok(Math.abs(outer - inner) <= 2, `frame ${outer} px, content ${inner} px`);
    await close();
  });

  test('an iframe embed keeps the width its host gave it', async () => {
    const { page, close } = await agencyPage({ frameAttributes: 'style="width: 420px"' });
    await page.frameLocator('iframe[data-funnel-planner]').locator(CHART).waitFor();
    await fitsItsContent(page);
    const [outer, inner] = await heights(page);
    assert.equal(await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().width), 420);
    assert.ok(Math.abs(outer - inner) <= 2, `frame ${outer} px, content ${inner} px at 420 px`);
    await close();
  });

  test('an iframe embed below the fold has its height before it is scrolled into view', async () => {
    const { page, close } = await agencyPage({ above: '<div style="height: 4000px">Lange Seite</div>' });
    await fitsItsContent(page);
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    assert.ok(await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().top > window.innerHeight * 3));
    const [outer, inner] = await heights(page);
    assert.ok(Math.abs(outer - inner) <= 2, `frame ${outer} px, content ${inner} px`);
    await close();
  });

  // Issue 20, item 4: a share link from a frame leads to the host's page and opens the plan there; a frame the
  // clipboard is refused to shows the text to copy by hand.
  test('an iframe embed\'s share link leads to the host page, and opens the plan there', async () => {
    const { page, close } = await agencyPage();
    const frame = page.frameLocator('iframe[data-funnel-planner]');
    await frame.locator(CHART).waitFor();
    await frame.locator('#plan-goal').fill('90');  // 90 customers: 180 SQLs, 720 MQLs
    await frame.locator(`${CHART} .count`).filter({ hasText: '720' }).waitFor();
    await frame.locator('#share').click();
    // The frame has no allow="clipboard-write": the link is shown, selected, to copy by hand.
    const box = frame.locator('#copied .copy-by-hand');
    await box.waitFor();
    const link = await box.inputValue();
    assert.ok(link.startsWith(`${page.url()}#fp1&`), link);
    assert.ok(await box.evaluate((element) => element.getRootNode().activeElement === element && element.selectionEnd === element.value.length));
    const opened = await browser.newPage();
    await opened.goto(link);
    const openedFrame = opened.frameLocator('iframe[data-funnel-planner]');
    await openedFrame.locator(`${CHART} .count`).filter({ hasText: '720' }).waitFor();
    assert.deepEqual(await stageCounts(openedFrame), ['720', '180', '90']);
    await opened.close();
    await close();
  });

  // "event" hands a lead to the embedding page's script, which cannot hear an event inside the frame: a visitor
  // would be thanked for details that went nowhere. So a frame shows no lead button for it.
  test('an iframe embed offers no lead form whose event its host page could never hear', async () => {
    const { page, close } = await agencyPage({ frameAttributes: 'data-lead-to="event" data-company="Kunde GmbH"' });
    const frame = page.frameLocator('iframe[data-funnel-planner]');
    await frame.locator('#brand-name').filter({ hasText: 'Kunde GmbH' }).waitFor();  // the host's settings have arrived
    assert.equal(await frame.locator('#lead').isVisible(), false);
    await close();
  });

  // Issue 20, item 2, in a frame: lead capture from the embedding page only, never from embed.html's address.
  test('an iframe embed captures leads as its embedding page says, and a crafted embed link cannot', async () => {
    const { page, close } = await agencyPage({ frameAttributes: 'data-lead-to="https://leads.example/collect" data-company="Kunde GmbH" data-lead-privacy="/datenschutz"' });
    let posted = null;
    await page.route('https://leads.example/**', async (route) => {  // answered here: nothing leaves this machine
      posted = route.request().postDataJSON();
      await route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*' }, body: '{}' });
    });
    const frame = page.frameLocator('iframe[data-funnel-planner]');
    await frame.locator('#lead').waitFor();
    await fitsItsContent(page);
    // The frame is taller than the screen: the form opens where the visitor looks, not in the frame's middle.
    await frame.locator('#lead').scrollIntoViewIfNeeded();
    await frame.locator('#lead').click();
    const frameTop = await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().top);
    await frame.locator('#lead-dialog').evaluate(() => new Promise((done) => { requestAnimationFrame(() => requestAnimationFrame(done)); }));
    const { top, bottom } = await frame.locator('#lead-dialog').evaluate((dialog) => dialog.getBoundingClientRect().toJSON());
    const viewport = page.viewportSize();
    assert.ok(frameTop + top >= 0 && frameTop + bottom <= viewport.height, `the form from ${frameTop + top} to ${frameTop + bottom} px on a ${viewport.height} px screen`);
    await frame.locator('#lead-name').fill('Erika Mustermann');
    await frame.locator('#lead-email').fill('erika@kunde.de');
    await frame.locator('#lead-consent').check();
    assert.match(await frame.locator('#lead-consent-text').innerText(), /Kunde GmbH may contact me/);
    assert.equal(await frame.locator('#lead-privacy').getAttribute('href'), new URL('/datenschutz', page.url()).href);
    await frame.locator('#lead-send').click();
    await frame.locator('#lead-status').filter({ hasText: 'Thank you' }).waitFor();
    assert.equal(posted.contact.email, 'erika@kunde.de');
    assert.equal(posted.plan.goal, '80 customers per month');
    assert.equal(posted.page, page.url());
    await close();
    const { page: crafted } = await openPage(browser, { path: 'embed.html?lead-to=https%3A%2F%2Fevil.example%2Fcollect' });
    assert.equal(await crafted.locator('#lead').isVisible(), false);
    await crafted.close();
  });

  test('an iframe embed without the parent script shows the planner at the snippet\'s height, scrolling inside', async () => {
    const { page, close } = await agencyPage({ script: false, frameAttributes: 'style="width: 100%; height: 900px; border: 0"' });
    const frame = page.frameLocator('iframe[data-funnel-planner]');
    await frame.locator(CHART).waitFor();
    assert.equal(await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height), 900);
    // Its content is taller than the frame and scrolls inside it, down to the last line.
    assert.ok(await frame.locator('html').evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 100));
    await frame.locator('.privacy').scrollIntoViewIfNeeded();
    assert.ok(await frame.locator('html').evaluate(() => window.scrollY > 0));
    // Without the host naming its page, a share link leads to the standalone page beside the frame, not to it.
    await frame.locator('#share').click();
    const link = await frame.locator('#copied .copy-by-hand').inputValue();
    assert.ok(link.startsWith(`${browser.url}index.html#fp1&`), link);
    await close();
  });

  // Issue 20, item 5: the one thing a static host must configure. The component as a module from another origin
  // loads only with CORS headers on the planner's host; the iframe needs none.
  test('the component from another origin needs CORS on the planner\'s host; with it, it works', async () => {
    const hostWith = (base) => hostPageServer(`<!doctype html><html><body><script type="module" src="${base}funnel-planner.js"></script>
      <funnel-planner lang="de"></funnel-planner></body></html>`);
    const withoutCors = await hostWith(browser.url);
    const page = await browser.newPage();
    const refused = [];
    page.on('console', (message) => { if (/CORS/.test(message.text())) refused.push(message.text()); });
    await page.goto(withoutCors.url);
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => customElements.get('funnel-planner') === undefined), true);
    assert.ok(refused.length > 0, 'the browser says why: CORS');
    await withoutCors.close();
    const planner = await startServer({ root: DIST, cors: true });
    const withCors = await hostWith(planner.url);
    try {
      await page.goto(withCors.url);
      assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
    } finally {
      await page.close();
      await withCors.close();
      await planner.close();
    }
  });

  test('has no axe-core violations, with results and with an error shown, on desktop and phone', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
      const { page } = await openPage(browser, { viewport });
      assert.deepEqual(await axeViolations(page), [], `${viewport.width} px`);
      await page.locator('#c0-fromCount').fill('1,2,3');
      await page.locator('.segments label', { hasText: '90 %' }).click();
      assert.deepEqual(await axeViolations(page), [], `${viewport.width} px with an error`);
      await page.locator('#tab-forecast').click();
      assert.deepEqual(await axeViolations(page), [], `${viewport.width} px forecast`);
      await page.locator('#c0-fromCount').fill('4.000');
      await page.locator('#tab-schedule').click();
      await page.locator('#schedule-sentence').filter({ hasText: 'brauchen Sie' }).waitFor();
      await page.locator('#schedule-actual-0').fill('120');
      assert.deepEqual(await axeViolations(page), [], `${viewport.width} px schedule`);
      await page.locator('#tab-review').click();
      await page.locator('#review-sample').click();
      await page.locator('#review-state').filter({ hasText: 'Warnung' }).waitFor();
      await page.locator('details.settings-box summary').click();
      await page.locator('#review-cell-' + await page.locator('#review-table tbody tr').last().getAttribute('data-month') + '-1').fill('x');
      assert.deepEqual(await axeViolations(page), [], `${viewport.width} px review, with an error in a cell`);
      await page.locator('#tab-channels').click();
      await page.locator('#channels-sentence').filter({ hasText: 'sparen' }).waitFor();
      await page.locator('#channels-count-0-1').fill('y');
      assert.deepEqual(await axeViolations(page), [], `${viewport.width} px channels, with an error in a cell`);
      await page.locator('#tab-handoff').click();
      await page.locator('#handoff-sla h3').waitFor();
      await page.locator('#handoff-met-0').check();
      await page.locator('#handoff-points-1').fill('500');
      await page.locator('#handoff-points-1-error').filter({ hasText: '100' }).waitFor();
      assert.deepEqual(await axeViolations(page), [], `${viewport.width} px hand-off, with an error in a criterion`);
      await page.close();
    }
  });

  test('every control is reachable and usable from the keyboard', async () => {
    const { page } = await openPage(browser);
    const focused = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => {
        const inner = document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
        return inner?.id || inner?.getAttribute('name') || inner?.textContent?.trim().slice(0, 20) || inner?.tagName;
      }));
    }
    for (const id of ['tab-plan', 'plan-goal', 'plan-period', 'plan-confidence', 'add-top', 'stage-0', 'c0-fromCount', 'c0-toCount', 'plan-history', 'share', 'plan-csv']) {
      assert.ok(focused.includes(id), `${id} not reached: ${focused.join(' ')}`);
    }
    await page.close();
  });

  test('announces results politely to screen readers once typing pauses', async () => {
    const { page } = await openPage(browser);
    assert.equal(await page.locator('#announce').getAttribute('aria-live'), 'polite');
    await page.locator('#plan-goal').fill('60');
    await page.locator('#announce').filter({ hasText: '480 MQLs → 120 SQLs → 60 Kunden' }).waitFor();
    await page.close();
  });
});
