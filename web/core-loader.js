// Loads the wasm core once per page, however many planners it holds.
// The standalone file defines createFunnelCore globally (a single-file
// classic build, the only kind that runs from file://); everywhere else the
// ES module next to this script is imported, so any sub-path of any host works.
let loading = null;

export function loadCore() {
  if (!loading) {
    loading = globalThis.createFunnelCore
      ? globalThis.createFunnelCore()
      : import(new URL('./funnel-core.mjs', import.meta.url).href).then((module) => module.default());
  }
  return loading;
}
