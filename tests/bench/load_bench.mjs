// What the hosted page costs to load, in headless Chromium on 127.0.0.1:
// every file it requests (raw and gzip bytes) and, over cold loads, the time
// from navigation start to the first plan on screen (a performance mark).
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
    await page.goto(browser.url);
    const handle = await page.waitForFunction(() => performance.getEntriesByName('funnel-planner:first-plan')[0]?.startTime);
    times.push(await handle.jsonValue());
    await page.close();
  }
  times.sort((a, b) => a - b);
  const sizes = [...files].sort().map((path) => {
    const body = readFileSync(`${DIST}${path === '/' ? 'index.html' : path.slice(1)}`);
    return { file: path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  const total = sizes.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), { raw: 0, gzip: 0 });
  console.log(JSON.stringify({ files: sizes, total, firstPlanMs: { loads, median: times[Math.floor(times.length / 2)], all: times } }));
} finally {
  await browser.close();
}
