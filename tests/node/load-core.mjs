// Loads the built module exactly as a Node user would: the ES module from
// dist/ with its .wasm passed in as bytes (shared/TOOLCHAIN.md §6).
import { readFile } from 'node:fs/promises';

const DIST = new URL('../../dist/', import.meta.url);

// name: the page's module ("funnel-core"), or "funnel-schedule", "funnel-import", "funnel-channels".
export async function loadCore(name = 'funnel-core') {
  const { default: createModule } = await import(new URL(`${name}.mjs`, DIST));
  return createModule({ wasmBinary: await readFile(new URL(`${name}.wasm`, DIST)) });
}
