// Times the wasm build in Node on the cases of cases.json: mean microseconds per call.
//   node tests/bench/wasm_bench.mjs [--quick]   -> JSON on stdout
import { readFileSync } from 'node:fs';
import { loadCore } from '../node/load-core.mjs';

const quick = process.argv.includes('--quick');
const { cases } = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));
// The schedule and the pacing, the import and the channels live in modules of their own (src/wasm/CMakeLists.txt).
// The import reads a generated file (scripts/bench writes it): its bytes as they are.
const modules = {
  page: await loadCore(), schedule: await loadCore('funnel-schedule'), import: await loadCore('funnel-import'), channels: await loadCore('funnel-channels'),
};
const moduleOf = (call) => {
  if (call === 'schedule' || call === 'pace' || call === 'review' || call === 'handoff') return modules.schedule;
  if (call === 'channels') return modules.channels;
  return call === 'importFile' ? modules.import : modules.page;
};
const withFile = (input) => (input.bytes?.file ? { ...input, bytes: new Uint8Array(readFileSync(input.bytes.file)) } : input);
const budgetMs = quick ? 20 : 1000;

const results = cases.map(({ name, call, input: given }) => {
  const core = moduleOf(call);
  const input = withFile(given);
  for (let i = 0; i < 3; i += 1) core[call](input);  // warm up
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs || calls < 3) {
    core[call](input);
    calls += 1;
  }
  return { name, microseconds: ((performance.now() - start) * 1000) / calls, calls };
});
console.log(JSON.stringify(results));
