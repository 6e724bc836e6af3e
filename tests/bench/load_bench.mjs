// What the hosted page costs to load, in headless Chromium on 127.0.0.1:
// every file it requests before its first plan is on screen (raw and gzip
// bytes; the views it prefetches later are not counted), each further view's
// files on first use (from esbuild's metafile), and, over cold loads, the time
// from navigation start to the first plan on screen: the frame that paints
// it has run (rendering done, in the page's own clock), and, for comparison,
// the moment the plan is in the DOM (the planner's performance mark).
// Between them it loads a page with one line of text and one tiny script,
// timed the same way: the floor of this machine at that moment, since a
// shared VM's speed drifts by a third from one hour to the next.
//   node tests/bench/load_bench.mjs [--quick]   -> JSON on stdout
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../../scripts/serve.mjs';
import { DIST, openBrowser } from '../browser/harness.mjs';
import { VIEWS } from '../../web/views/registry.js';

const FLOOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>
<script type="module" src="floor.js"></script></head><body><h1>One line of text</h1></body></html>`;
const FLOOR_SCRIPT = `document.body.append(Object.assign(document.createElement('p'), { textContent: 'and one more' }));
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => console.log('bench:' + JSON.stringify({ painted: performance.now() }));
  channel.port2.postMessage(null);
});`;

async function floorServer() {
  const root = mkdtempSync(join(tmpdir(), 'funnel-floor-'));
  writeFileSync(join(root, 'index.html'), FLOOR_PAGE);
  writeFileSync(join(root, 'floor.js'), FLOOR_SCRIPT);
  return startServer({ root });
}

// Loads url in a fresh context (a cold cache) and returns what the page reports.
async function timedLoad(browser, url, prepare = async () => {}) {
  const page = await browser.newPage();
  const requested = await prepare(page);
  const reported = page.waitForEvent('console', { predicate: (message) => message.text().startsWith('bench:') });
  await page.goto(url, { waitUntil: 'commit' });
  const figures = JSON.parse((await reported).text().slice('bench:'.length));
  requested?.stop();  // what came after the first plan (prefetched views) is not the first load
  await page.waitForLoadState('load');
  await page.close();
  return figures;
}

const gzipOf = (path) => {
  const body = readFileSync(`${DIST}${path === '/' ? 'index.html' : path.slice(1)}`);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

// Each view but the first: the files its first opening loads, by esbuild's
// metafile (the view's chunk and the chunks it imports), in the page's German,
// and the WebAssembly module of its own that it prepares (view.prepare()).
const MODULES = { schedule: ['/funnel-schedule.mjs', '/funnel-schedule.wasm'], review: ['/funnel-schedule.mjs', '/funnel-schedule.wasm'], handoff: ['/funnel-schedule.mjs', '/funnel-schedule.wasm'], channels: ['/funnel-channels.mjs', '/funnel-channels.wasm'], import: ['/import-worker.js', '/funnel-import.mjs', '/funnel-import.wasm'] };
function viewBytes() {
  const meta = JSON.parse(readFileSync(new URL('../../build-wasm/bundle-meta.json', import.meta.url), 'utf8'));
  const outputs = Object.entries(meta.outputs);
  const needs = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const imported of meta.outputs[file].imports) if (imported.kind === 'import-statement' && meta.outputs[imported.path]) needs(imported.path, seen);
    return seen;
  };
  return VIEWS.slice(1).map(({ id }) => {
    const [file] = outputs.find(([, output]) => output.entryPoint === `web/views/${id}/view.js`);
    const files = [...needs(file)].map((path) => `/${path.split('/').pop()}`).concat(MODULES[id] ?? []);
    const sizes = files.map(gzipOf);
    return { id, files, raw: sizes.reduce((sum, size) => sum + size.raw, 0), gzip: sizes.reduce((sum, size) => sum + size.gzip, 0) };
  });
}

// The embed builder's page: what it loads beyond the planner it previews (which is the first load above).
function builderBytes() {
  const files = ['/embed-builder.html', '/embed-builder.js', '/embed-builder.css'];
  const sizes = files.map(gzipOf);
  return { files, raw: sizes.reduce((sum, size) => sum + size.raw, 0), gzip: sizes.reduce((sum, size) => sum + size.gzip, 0) };
}

const loads = process.argv.includes('--quick') ? 2 : 10;
const browser = await openBrowser();
const floor = await floorServer();
try {
  const files = new Set();
  const times = [];
  const floorTimes = [];
  const prepare = async (page) => {
    let counting = true;
    page.on('request', (request) => { if (counting) files.add(new URL(request.url()).pathname); });
    // A task queued from the next animation frame runs once that frame's style,
    // layout and paint are done: then the first plan is on screen. A message,
    // not a timer: Chromium holds timers back for ~20 ms after a frame (traced).
    // The figures come back as a console message, and goto() returns at commit:
    // Playwright evaluating anything in the page while it loads (waitForFunction
    // injects ~10 ms of script) delayed the frame it measured by 30-40 ms (traced).
    await page.addInitScript(() => {
      document.addEventListener('funnel-planner-change', (event) => {
        if (!event.detail.result.ok || performance.getEntriesByName('bench:first-plan-painted').length) return;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.mark('bench:first-plan-painted').startTime;
            const [inDom] = performance.getEntriesByName('funnel-planner:first-plan');
            console.log(`bench:${JSON.stringify({ painted, inDom: inDom.startTime })}`);
          };
          channel.port2.postMessage(null);
        });
      });
    });
    return { stop: () => { counting = false; } };
  };
  for (let i = 0; i < loads; i += 1) {
    times.push(await timedLoad(browser, browser.url, prepare));
    floorTimes.push(await timedLoad(browser, floor.url));
  }
  const medianOf = (list, key) => list.map((time) => time[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const median = (key) => medianOf(times, key);
  const sizes = [...files].sort().map((path) => ({ file: path, ...gzipOf(path) }));
  const total = sizes.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), { raw: 0, gzip: 0 });
  console.log(JSON.stringify({ files: sizes, total, views: viewBytes(), builder: builderBytes(), firstPlanMs: {
    loads, median: median('painted'), inDomMedian: median('inDom'), all: times.map((time) => time.painted).sort((a, b) => a - b),
    floorMedian: medianOf(floorTimes, 'painted'),
  } }));
} finally {
  await browser.close();
  await floor.close();
}
