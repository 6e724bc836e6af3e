// The golden table shared with the GoogleTest suite (tests/golden/plans.json),
// compared with the same rules as tests/core/json_value.cpp.
import { readFileSync } from 'node:fs';

export const GOLDEN = JSON.parse(readFileSync(new URL('../golden/plans.json', import.meta.url), 'utf8')).cases;

const SPECIAL = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY };

// {"$number": "NaN"} stands for what JSON cannot spell.
export function fromJson(value) {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$number' && Object.hasOwn(SPECIAL, value.$number)) return SPECIAL[value.$number];
    return Object.fromEntries(keys.map((key) => [key, fromJson(value[key])]));
  }
  return value;
}

// "" when every key of `expected` is in `actual` with an equal value (numbers
// to 1e-9 relative, arrays of equal length), else the first difference.
export function firstDifference(actual, expected, path = '') {
  const where = path || '(root)';
  if (expected === null) return actual === null ? '' : `${where}: expected null, got ${actual}`;
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return `${where}: expected a number, got ${typeof actual}`;
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? '' : `${where}: ${actual} != ${expected}`;
  }
  if (typeof expected !== 'object') return actual === expected ? '' : `${where}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${where}: list length differs`;
    for (let i = 0; i < expected.length; i += 1) {
      const difference = firstDifference(actual[i], expected[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return '';
  }
  if (!actual || typeof actual !== 'object') return `${where}: expected an object`;
  for (const key of Object.keys(expected)) {
    if (!(key in actual)) return `${where}: missing key ${key}`;
    const difference = firstDifference(actual[key], expected[key], path ? `${path}.${key}` : key);
    if (difference) return difference;
  }
  return '';
}
