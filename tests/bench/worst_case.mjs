// The search for the slowest input: sweeps funnel shapes (2 to 8 stages, each
// conversion from a palette of counts and rates, uniform and seeded mixes),
// goals and confidence levels for plan, volumes for forecast, and times every
// call in wasm (Node, dist/funnel-core.mjs) and natively (time_cases, built
// with -DFUNNEL_BENCH=ON). Each call runs until a few milliseconds have passed
// (at least 3 times) and its fastest run counts: the work itself, where on a
// shared machine a median still caught other processes' time slices. The
// slowest calls of either side are then timed again, longer, on both, and
// listed slowest first.
//   node tests/bench/worst_case.mjs [--quick] [--top N] [--native PATH] [--dist DIR] [--json FILE] [--cases FILE]
// --quick: a coarse grid (a smoke run). --native: the time_cases binary
// (default build-bench/tests/bench/time_cases, skipped when missing).
// --dist: where funnel-core.mjs and .wasm are (default dist/; another build
// to compare with). --cases: only write the grid's calls to FILE (to compare
// answers or profile).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from '../node/load-core.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const quick = argv.includes('--quick');
const top = Number(option('--top', 15));
const root = fileURLToPath(new URL('../../', import.meta.url));
const nativeBinary = option('--native', join(root, 'build-bench/tests/bench/time_cases'));
const jsonOut = option('--json', null);
const casesOut = option('--cases', null);
const distDir = option('--dist', null);

// What a conversion can be: counts from 1 of 1 to billions, and fixed rates.
const PALETTE = [
  ['1/1', { fromCount: 1, toCount: 1 }],
  ['1/2', { fromCount: 2, toCount: 1 }],
  ['1/5', { fromCount: 5, toCount: 1 }],
  ['1/50', { fromCount: 50, toCount: 1 }],
  ['1/1000', { fromCount: 1000, toCount: 1 }],
  ['10/10', { fromCount: 10, toCount: 10 }],
  ['3/7', { fromCount: 7, toCount: 3 }],
  ['999/1000', { fromCount: 1000, toCount: 999 }],
  ['250/1000', { fromCount: 1000, toCount: 250 }],
  ['1e9/2e9', { fromCount: 2e9, toCount: 1e9 }],
  ['1e9/1e9', { fromCount: 1e9, toCount: 1e9 }],
  ['5/1e6', { fromCount: 1e6, toCount: 5 }],
  ['rate 0.5', { rate: 0.5 }],
  ['rate 0.07', { rate: 0.07 }],
];
const GOALS = quick ? [1, 50, 1e6] : [1, 2, 5, 12, 50, 300, 1000, 30000, 1e6];
const LEVELS = quick ? [0.95] : [0.8, 0.9, 0.95];
const VOLUMES = quick ? [1000] : [1, 10, 100, 1000, 1e4, 1e6];
const STAGE_COUNTS = quick ? [2, 5, 8] : [2, 3, 4, 5, 6, 7, 8];
const MIXES_PER_STAGE_COUNT = quick ? 2 : 10;

// A small seeded generator (mulberry32): the same mixes on every run.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function funnels() {
  const next = random(2026);
  const result = new Map();
  for (const stageCount of STAGE_COUNTS) {
    const shapes = PALETTE.map((entry) => Array(stageCount - 1).fill(entry));
    for (let i = 0; i < MIXES_PER_STAGE_COUNT; i += 1) {
      shapes.push(Array.from({ length: stageCount - 1 }, () => PALETTE[Math.floor(next() * PALETTE.length)]));
    }
    for (const shape of shapes) {
      const label = `${stageCount} stages: ${shape.map(([name]) => name).join(', ')}`;
      result.set(label, {
        label,
        stages: Array.from({ length: stageCount }, (_, i) => `S${i + 1}`),
        conversions: shape.map(([, conversion]) => conversion),
      });
    }
  }
  return [...result.values()];
}

function grid() {
  const calls = [];
  for (const { label, stages, conversions } of funnels()) {
    for (const goal of GOALS) {
      for (const confidence of LEVELS) {
        calls.push({ name: `plan ${label}; goal ${goal}, ${confidence}`, call: 'plan',
          input: { goal: { customers: goal }, stages, conversions, confidence } });
      }
    }
    for (const count of VOLUMES) {
      calls.push({ name: `forecast ${label}; volume ${count}`, call: 'forecast',
        input: { stages, conversions, volume: { stage: 0, count } } });
    }
  }
  return calls;
}

function timeWasm(core, calls, budgetMs) {
  return calls.map(({ call, input }) => {
    core[call](input);  // warm up
    const times = [];
    const start = performance.now();
    while (times.length < 200 && (times.length < 3 || performance.now() - start < budgetMs)) {
      const before = performance.now();
      core[call](input);
      times.push((performance.now() - before) * 1000);
    }
    times.sort((a, b) => a - b);
    return Math.min(...times);
  });
}

function timeNative(calls, budgetMs) {
  if (!existsSync(nativeBinary)) return null;
  const file = join(mkdtempSync(join(tmpdir(), 'funnel-worst-')), 'cases.json');
  writeFileSync(file, JSON.stringify(calls.map(({ call, input }) => ({ call, input }))));
  return JSON.parse(execFileSync(nativeBinary, [file, String(budgetMs)], { maxBuffer: 1 << 26 }));
}

const slowestFirst = (times) => times.map((time, i) => [time, i]).sort((a, b) => b[0] - a[0]).map(([, i]) => i);

const calls = grid();
if (casesOut) {
  writeFileSync(casesOut, JSON.stringify(calls));
  process.exit(0);
}
async function coreFrom(directory) {
  if (!directory) return loadCore();
  const { default: create } = await import(join(directory, 'funnel-core.mjs'));
  return create({ wasmBinary: readFileSync(join(directory, 'funnel-core.wasm')) });
}

const core = await coreFrom(distDir && resolve(distDir));
const sweepBudgetMs = 2;
const wasm = timeWasm(core, calls, sweepBudgetMs);
const native = timeNative(calls, sweepBudgetMs);

// The slowest of either side, timed again for longer on both.
const candidates = new Set(slowestFirst(wasm).slice(0, top));
if (native) for (const i of slowestFirst(native).slice(0, top)) candidates.add(i);
const chosen = [...candidates].map((i) => calls[i]);
const retimeBudgetMs = quick ? 5 : 50;
const wasmAgain = timeWasm(core, chosen, retimeBudgetMs);
const nativeAgain = native ? timeNative(chosen, retimeBudgetMs) : null;
const rows = chosen.map((c, i) => ({ name: c.name, call: c.call, input: c.input, wasmMicroseconds: wasmAgain[i],
  nativeMicroseconds: nativeAgain ? nativeAgain[i] : null }));
rows.sort((a, b) => b.wasmMicroseconds - a.wasmMicroseconds);

const pad = (text, width) => String(text).padEnd(width);
const ms = (us) => (us === null ? '-' : (us / 1000).toFixed(2)).padStart(9);
console.log(`${pad('slowest calls (fastest of several runs)', 100)}  wasm ms  native ms`);
for (const row of rows.slice(0, top)) console.log(`${pad(row.name, 100)}${ms(row.wasmMicroseconds)}${ms(row.nativeMicroseconds)}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];  // over the calls
console.log(`all ${calls.length} calls in the sweep (${calls.filter((c) => c.call === 'plan').length} plans): median ${ms(median(wasm))} ms wasm${native ? `, ${ms(median(native))} ms native` : ''}`);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ swept: calls.length, slowest: rows }, null, 2)}\n`);
