// The wasm build against the native build on the golden table: every number,
// string and code identical, bit for bit. This holds because contraction is off
// in both builds and the core brings its own exp, log and lgamma
// (src/portable_math.cpp): glibc's and musl's differ in the last bits.
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
    assert.equal(wasm, native, `${path}: wasm ${wasm}, native ${native}`);
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
  const tally = { numbers: 0 };
  GOLDEN.forEach((row, i) => {
    const input = fromJson(row.input);
    if (input && typeof input === 'object' && !Array.isArray(input)) input.confidence ??= 0.9;
    compare(native[i], core.plan(input), `case ${i}`, tally);
  });
  assert.ok(tally.numbers > 200, `only ${tally.numbers} numbers compared`);
});
