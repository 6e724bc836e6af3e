// Prints the benchmark table with each budget beside its measured figure and
// writes bench-results.json. Reads the measurements from the environment
// (see scripts/bench).
import { readFileSync, writeFileSync } from 'node:fs';

const native = JSON.parse(process.env.NATIVE).benchmarks;
const wasm = JSON.parse(process.env.WASM);
const page = JSON.parse(process.env.PAGE);
const load = JSON.parse(process.env.LOAD);
const lighthouse = JSON.parse(process.env.LIGHTHOUSE);
const imported = JSON.parse(process.env.IMPORT);
const { cases } = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));

// Issue 13: the first load (what the first plan needs) at most 55 KB gzip, each
// further view at most 15 KB on first use, the first plan at most 150 ms and at
// most 2.2 times the floor page's time in the same run.
const BUDGET = {
  firstLoadGzipBytes: 55 * 1024, viewGzipBytes: 15 * 1024, firstPlanMs: 150, firstPlanOverFloor: 2.2,
  keystrokeP95Ms: 8, wasmOverNative: 2, lighthouse: 100,
};
const verdict = (ok) => (ok ? 'within budget' : 'OVER BUDGET');
const pad = (text, width) => String(text).padEnd(width);
const right = (text, width) => String(text).padStart(width);

console.log('bytes the hosted page loads before its first plan is on screen');
for (const file of load.files) console.log(`  ${pad(file.file, 22)}${right(file.raw, 9)} raw${right(file.gzip, 8)} gzip`);
console.log(`  ${pad('first load', 22)}${right(load.total.raw, 9)} raw${right(load.total.gzip, 8)} gzip   budget ${BUDGET.firstLoadGzipBytes}: ${verdict(load.total.gzip <= BUDGET.firstLoadGzipBytes)}`);
console.log('each further view on first use');
for (const view of load.views) {
  console.log(`  ${pad(view.id, 22)}${right(view.raw, 9)} raw${right(view.gzip, 8)} gzip   budget ${BUDGET.viewGzipBytes}: ${verdict(view.gzip <= BUDGET.viewGzipBytes)}   (${view.files.join(', ')})`);
}
console.log(`the embed builder's own page, beyond the planner it previews\n  ${pad('embed builder', 22)}${right(load.builder.raw, 9)} raw${right(load.builder.gzip, 8)} gzip   (${load.builder.files.join(', ')})`);

console.log('\ncore: mean per call                                     native µs   wasm µs  wasm/native');
const core = wasm.map((w) => {
  const n = native.find((b) => b.name === w.name);
  return { name: w.name, nativeMicroseconds: n.real_time, wasmMicroseconds: w.microseconds, ratio: w.microseconds / n.real_time };
});
for (const row of core) {
  console.log(`  ${pad(row.name, 54)}${right(row.nativeMicroseconds.toFixed(1), 10)}${right(row.wasmMicroseconds.toFixed(1), 10)}${right(row.ratio.toFixed(2), 13)}  ${verdict(row.ratio <= BUDGET.wasmOverNative)}`);
}
// A case over many rows (the import) also says how many rows a second that is.
for (const { name, rows } of cases.filter((item) => item.rows)) {
  const row = core.find((item) => item.name === name);
  const perSecond = (microseconds) => Math.round(rows / (microseconds / 1e6)).toLocaleString('en');
  console.log(`  ${name}: ${perSecond(row.nativeMicroseconds)} rows/s natively, ${perSecond(row.wasmMicroseconds)} rows/s in wasm`);
}

console.log(`\nfirst plan on screen (painted), median of ${load.firstPlanMs.loads} cold loads: ${load.firstPlanMs.median.toFixed(0)} ms `
  + `(in the DOM: ${load.firstPlanMs.inDomMedian.toFixed(0)} ms)   budget ${BUDGET.firstPlanMs}: ${verdict(load.firstPlanMs.median <= BUDGET.firstPlanMs)}`);
console.log(`  this machine's floor meanwhile: a one-line page with one tiny script painted at ${load.firstPlanMs.floorMedian.toFixed(0)} ms (median, same loads)`);
const overFloor = load.firstPlanMs.median / load.firstPlanMs.floorMedian;
console.log(`  first plan / floor: ${overFloor.toFixed(2)}   budget ${BUDGET.firstPlanOverFloor}: ${verdict(overFloor <= BUDGET.firstPlanOverFloor)}`);
console.log(`import in Chromium: ${imported.rows.toLocaleString('en')} rows (${imported.megabytes.toFixed(1)} MB) to the report in `
  + `${imported.medianMs} ms (median), longest main-thread task ${imported.longestTaskMs.toFixed(0)} ms, JS heap `
  + `${imported.heapBeforeMB.toFixed(1)} -> ${imported.heapAtReportMB.toFixed(1)} MB   budget 2000 ms and no task over 50 ms: `
  + `${verdict(imported.medianMs <= 2000 && imported.longestTaskMs <= 50)}`);
const keys = (label, k, budgeted) => console.log(`keystroke to updated plan, ${label} (${k.keystrokes} keys): median ${k.medianMs.toFixed(1)} ms, p95 ${k.p95Ms.toFixed(1)} ms, max ${k.maxMs.toFixed(1)} ms${budgeted ? `   budget p95 ${BUDGET.keystrokeP95Ms}: ${verdict(k.p95Ms < BUDGET.keystrokeP95Ms)}` : ''}`);
keys('goals 40-99, 95 % plan', page.small95, true);
keys('goals ~1,000,000, point plan', page.millionPoint, true);
keys('goals ~1,000,000, 95 % plan', page.million95, false);
keys('8 stages of 1 of 5, goals 40-99, 95 % plan', page.eightStages95, true);

if (lighthouse) {
  for (const [preset, scores] of Object.entries(lighthouse)) {
    const all = Object.entries(scores).map(([id, score]) => `${id} ${score}`).join(', ');
    console.log(`Lighthouse ${preset}: ${all}   budget 100: ${verdict(Object.values(scores).every((score) => score >= BUDGET.lighthouse))}`);
  }
} else {
  console.log('Lighthouse: skipped (--quick)');
}

writeFileSync('bench-results.json', `${JSON.stringify({ budget: BUDGET, load, core, keystroke: page, import: imported, lighthouse }, null, 2)}\n`);
console.log('bench: wrote bench-results.json');
