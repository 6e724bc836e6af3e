// Loads the core once per page, however many planners it holds.
// - The standalone file defines createFunnelCore globally (a single-file
//   classic build, the only kind that runs from file://).
// - Elsewhere the ES module next to this script is imported, so any sub-path
//   of any host works; where WebAssembly is missing or blocked, the same core
//   compiled to plain JavaScript is loaded instead, quietly.
let loading = null;

const importCore = (file) => import(new URL(file, import.meta.url).href).then((module) => module.default());

export function loadCore() {
  if (!loading) {
    if (globalThis.createFunnelCore) {
      loading = globalThis.createFunnelCore();
    } else {
      const wasm = typeof WebAssembly === 'object' ? importCore('./funnel-core.mjs') : Promise.reject();
      loading = wasm.catch(() => importCore('./funnel-core-asm.mjs'));
    }
  }
  return loading;
}
