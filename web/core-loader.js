// Loads the core once per page, however many planners it holds.
// - The core module is a static import, so the browser fetches it (and the
//   component's first call fetches its .wasm) while this module still parses.
// - The standalone file defines createFunnelCore globally (a single-file
//   classic build, the only kind that runs from file://); scripts/bundle.mjs
//   points this import there.
// - Where WebAssembly is missing or blocked, the same core compiled to plain
//   JavaScript is loaded instead, quietly, and only then.
import createFunnelCore from './funnel-core.mjs';

let loading = null;

const importAsmCore = () => import(new URL('./funnel-core-asm.mjs', import.meta.url).href).then((module) => module.default());

export function loadCore() {
  if (!loading) {
    const wasm = typeof WebAssembly === 'object' ? createFunnelCore() : Promise.reject();
    loading = wasm.catch(importAsmCore);
  }
  return loading;
}
