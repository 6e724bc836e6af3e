// Shared by the browser tests and scripts/screenshots: serve dist/ on
// 127.0.0.1, drive Debian's Chromium with playwright-core, and record every
// request and console message the page makes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium tries to reach Google on a closed network.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function openBrowser() {
  const server = await startServer({ root: DIST });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return {
    url: server.url,
    browser,
    // Each page gets a fresh context: no storage shared between tests.
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      page.on('close', () => context.close().catch(() => {}));
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

// A page with logs: requests (every URL asked for), problems (console errors, page errors, failed requests).
// A host page at another origin than the planner's, as an agency's site would
// be: its own server on the same loopback address (Chromium lets no page from
// elsewhere reach loopback, and a page a test fulfils counts as elsewhere).
// Returns its URL and a close().
export async function hostPageServer(body) {
  const root = mkdtempSync(join(tmpdir(), 'funnel-agency-'));
  writeFileSync(join(root, 'agency.html'), body);
  const server = await startServer({ root });
  return { url: `${server.url}agency.html`, close: () => server.close() };
}

// A host's lead endpoint on loopback, allowing CORS: records each POST ({ path, type, body } in `received`) and
// answers 200, or 500 for a path with "fail" in it. Returns { url, received, close() }.
export async function leadEndpoint() {
  const received = [];
  const server = createServer((request, response) => {
    const headers = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
    if (request.method === 'OPTIONS') return response.writeHead(204, headers).end();
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      received.push({ path: request.url, type: request.headers['content-type'], body });
      response.writeHead(request.url.includes('fail') ? 500 : 200, headers).end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, received, close: () => new Promise((done) => server.close(done)) };
}

// The open view's funnel chart (each view draws its own, in its own panel).
export const CHART = '[role="tabpanel"]:not([hidden]) .chart svg';

// `ready`: what shows once the page is usable; by default the first plan's chart.
export async function openPage(browser, { path = '', viewport, url, ready = CHART } = {}) {
  const page = await browser.newPage(viewport ? { viewport } : {});
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(url ?? browser.url + path);
  await page.locator(ready).first().waitFor();
  return { page, requests, problems };
}

// One browser per test file: started before its tests, closed after them.
export function browserForThisFile() {
  const handle = {};
  before(async () => {
    Object.assign(handle, await openBrowser());
  });
  after(async () => {
    await handle.close?.();
  });
  return handle;
}

// A name someone typed, as running text shows it: isolated from the sentence
// around it (U+2068 ... U+2069), so its direction cannot reorder the numbers.
export const isolated = (name) => `\u2068${name}\u2069`;

// Intl writes "25 %" with a no-break space; tests compare with plain spaces.
export const plain = (text) => text.replace(/[\u00A0\u202F]/g, ' ');
export const texts = async (locator) => (await locator.allTextContents()).map(plain);
export const textOf = async (locator) => plain(await locator.innerText());
// The open view's stage counts, once its chart is drawn (a view may still be loading).
export async function stageCounts(page) {
  await page.locator(CHART).first().waitFor();
  return texts(page.locator(`${CHART} .count`));
}
