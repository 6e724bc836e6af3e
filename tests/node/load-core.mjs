// Loads the built module exactly as a Node user would: the ES module from
// dist/ with its .wasm passed in as bytes (shared/TOOLCHAIN.md §6).
import { readFile } from 'node:fs/promises';

const DIST = new URL('../../dist/', import.meta.url);

export async function loadCore() {
  const { default: createFunnelCore } = await import(new URL('funnel-core.mjs', DIST));
  return createFunnelCore({ wasmBinary: await readFile(new URL('funnel-core.wasm', DIST)) });
}
