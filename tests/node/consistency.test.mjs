// The wasm build against the native build on the golden table: every whole
// number (each lead count, each code and message) must be identical; floating
// results may differ only in the last bits, because glibc's and musl's exp,
// log and lgamma do (measured: at most 4e-15 relative; held to 1e-13 here).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { GOLDEN, fromJson } from './golden.mjs';
import { loadCore } from './load-core.mjs';

const NATIVE = new URL('../../build/golden-native.json', import.meta.url);

let core;
before(async () => {
  core = await loadCore();
});

function compare(native, wasm, path, tally) {
  if (typeof native === 'number') {
    assert.equal(typeof wasm, 'number', path);
    tally.numbers += 1;
    if (Number.isInteger(native)) assert.equal(wasm, native, `${path}: whole numbers are identical`);
    else assert.ok(Math.abs(wasm - native) <= 1e-13 * Math.abs(native), `${path}: ${wasm} vs native ${native}`);
    if (wasm === native) tally.identical += 1;
  } else if (native && typeof native === 'object') {
    assert.deepEqual(Object.keys(wasm ?? {}).sort(), Object.keys(native).sort(), `${path}: same keys`);
    for (const key of Object.keys(native)) compare(native[key], wasm[key], `${path}.${key}`, tally);
  } else {
    assert.equal(wasm, native, path);
  }
}

test('wasm and native give the same answers on every golden case', () => {
  assert.ok(existsSync(NATIVE), 'build/golden-native.json is missing: scripts/test builds it with the native tests');
  const native = JSON.parse(readFileSync(NATIVE, 'utf8'));
  assert.equal(native.length, GOLDEN.length);
  const tally = { numbers: 0, identical: 0 };
  GOLDEN.forEach((row, i) => {
    const input = fromJson(row.input);
    if (input && typeof input === 'object' && !Array.isArray(input)) input.confidence ??= 0.9;
    compare(native[i], core.plan(input), `case ${i}`, tally);
  });
  assert.ok(tally.identical >= tally.numbers - 8, `${tally.identical} of ${tally.numbers} numbers identical`);
});
