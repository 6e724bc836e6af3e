// What the hosted page costs to load, in headless Chromium on 127.0.0.1:
// every file it requests (raw and gzip bytes) and, over cold loads, the time
// from navigation start to the first plan on screen: the frame that paints
// it has run (rendering done, in the page's own clock), and, for comparison,
// the moment the plan is in the DOM (the planner's performance mark).
//   node tests/bench/load_bench.mjs [--quick]   -> JSON on stdout
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DIST, openBrowser } from '../browser/harness.mjs';

const loads = process.argv.includes('--quick') ? 2 : 10;
const browser = await openBrowser();
try {
  const files = new Set();
  const times = [];
  for (let i = 0; i < loads; i += 1) {
    const page = await browser.newPage();  // a fresh context: a cold cache every time
    page.on('request', (request) => files.add(new URL(request.url()).pathname));
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
    const reported = page.waitForEvent('console', { predicate: (message) => message.text().startsWith('bench:') });
    await page.goto(browser.url, { waitUntil: 'commit' });
    times.push(JSON.parse((await reported).text().slice('bench:'.length)));
    await page.waitForLoadState('load');  // every file requested, for the byte count
    await page.close();
  }
  const median = (key) => times.map((time) => time[key]).sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const sizes = [...files].sort().map((path) => {
    const body = readFileSync(`${DIST}${path === '/' ? 'index.html' : path.slice(1)}`);
    return { file: path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  const total = sizes.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), { raw: 0, gzip: 0 });
  console.log(JSON.stringify({ files: sizes, total, firstPlanMs: {
    loads, median: median('painted'), inDomMedian: median('inDom'), all: times.map((time) => time.painted).sort((a, b) => a - b),
  } }));
} finally {
  await browser.close();
}
