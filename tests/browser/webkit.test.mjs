// Third engine: WebKit, Safari's, as Debian's WebKitGTK MiniBrowser driven over
// W3C WebDriver by WebKitWebDriver under Xvfb (shared/TOOLCHAIN.md §11).
// playwright-core cannot drive it; Node's fetch speaks the protocol. The
// smoke test of issue 14: the seed example, typing, the language switch and
// the standalone file from file://.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { DIST } from './harness.mjs';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const BROWSER = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const PORT = 4400 + Math.floor(Math.random() * 500);
const ENDPOINT = `http://127.0.0.1:${PORT}`;

let server;
let driver;
let session;

async function webdriver(method, path, body) {
  const response = await fetch(`${ENDPOINT}${path}`, {
    method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(value)}`);
  return value;
}

const script = (source, args = []) => webdriver('POST', `/session/${session}/execute/sync`, { script: source, args });

// Polls `source` (a function body run in the page) until it returns a truthy value.
async function until(source, args = [], timeoutMs = 30000) {
  const start = Date.now();
  for (;;) {
    const value = await script(source, args);
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out: ${source}`);
    await new Promise((resolve) => { setTimeout(resolve, 100); });
  }
}

const COUNTS = `const root = document.querySelector('funnel-planner')?.shadowRoot;
  const counts = [...(root?.querySelectorAll('[role="tabpanel"]:not([hidden]) .chart svg .count') ?? [])].map((node) => node.textContent);
  return counts.length ? counts : null;`;

before(async () => {
  server = await startServer({ root: DIST });
  // xvfb-run starts a display for the driver and ends it with it: one process group to stop.
  driver = spawn('xvfb-run', ['-a', DRIVER, `--port=${PORT}`], { detached: true, stdio: 'ignore' });
  const start = Date.now();
  for (;;) {
    try {
      if ((await (await fetch(`${ENDPOINT}/status`)).json()).value.ready) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - start > 30000) throw new Error('WebKitWebDriver did not start');
    await new Promise((resolve) => { setTimeout(resolve, 200); });
  }
  ({ sessionId: session } = await webdriver('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation'] } } },
  }));
});

after(async () => {
  if (session) await webdriver('DELETE', `/session/${session}`).catch(() => {});
  if (driver) process.kill(-driver.pid, 'SIGTERM');
  await server?.close();
});

describe('WebKit (Safari\'s engine)', () => {
  test('plans the seed example, follows typing and speaks English on the switch', async () => {
    await webdriver('POST', `/session/${session}/url`, { url: server.url });
    assert.deepEqual(await until(COUNTS), ['400', '100', '50']);
    assert.match(await script('return navigator.userAgent'), /AppleWebKit/);
    await script(`const input = document.querySelector('funnel-planner').shadowRoot.getElementById('plan-goal');
      input.value = '60';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));`);
    assert.deepEqual(await until(`${COUNTS.replace('return counts.length ? counts : null;', "return counts[0] === '480' ? counts : null;")}`), ['480', '120', '60']);
    await script(`document.querySelector('funnel-planner').shadowRoot.querySelector('button[data-lang="en"]').click();`);
    const label = await until(`const label = document.querySelector('funnel-planner').shadowRoot.querySelector('label[for="plan-goal"]');
      return label?.textContent === 'New customers per month' ? label.textContent : null;`);
    assert.equal(label, 'New customers per month');
    assert.equal(await script('return document.documentElement.lang'), 'en');
  });

  test('the standalone file plans from file://', async () => {
    const file = pathToFileURL(`${DIST}funnel-planner-standalone.html`).href;
    await webdriver('POST', `/session/${session}/url`, { url: file });
    assert.deepEqual(await until(COUNTS), ['400', '100', '50']);
    // The schedule's module, inlined under its own global.
    await script(`document.querySelector('funnel-planner').shadowRoot.getElementById('tab-schedule').click();`);
    const sentence = await until(`const text = document.querySelector('funnel-planner').shadowRoot.getElementById('schedule-sentence')?.textContent;
      return text ? text : null;`);
    assert.match(sentence, /Die MQLs dafür brauchen Sie schon ab/);
    // The KPI review, with the same module: the example's drop found in Safari's engine too.
    await script(`document.querySelector('funnel-planner').shadowRoot.getElementById('tab-review').click();`);
    await until(`const button = document.querySelector('funnel-planner').shadowRoot.getElementById('review-sample');
      if (!button) return null; button.click(); return true;`);
    const line = await until(`const text = document.querySelector('funnel-planner').shadowRoot.getElementById('review-state')?.textContent;
      return text ? text : null;`);
    assert.match(line, /MQL → SQL fällt \(Marketing\)/);
  });

  // The embed builder (issue 20) in Safari's engine: agencies' designers often use Safari.
  test('the embed builder writes the code and previews it', async () => {
    await webdriver('POST', `/session/${session}/url`, { url: `${server.url}embed-builder.html` });
    await until(`return document.getElementById('snippet')?.textContent.includes('<funnel-planner lang="de">') || null;`);
    await script(`const input = document.getElementById('b-goal');
      input.value = '1.000';
      input.dispatchEvent(new Event('input', { bubbles: true }));`);
    const snippet = await until(`const text = document.getElementById('snippet').textContent; return text.includes('goal="1000"') ? text : null;`);
    assert.match(snippet, /<funnel-planner lang="de" goal="1000"><\/funnel-planner>/);
    const counts = await until(`const root = document.querySelector('#preview funnel-planner')?.shadowRoot;
      const counts = [...(root?.querySelectorAll('[role="tabpanel"]:not([hidden]) .chart svg .count') ?? [])].map((node) => node.textContent);
      return counts[0] === '8.000' ? counts : null;`);
    assert.deepEqual(counts, ['8.000', '2.000', '1.000']);
  });
});
