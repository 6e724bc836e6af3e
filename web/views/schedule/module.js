// The schedule's own WebAssembly module (dist/funnel-schedule.mjs: schedule,
// pace, scheduleRules), loaded with this view and never before: the first
// plan does not wait for it. Where WebAssembly is missing or blocked, the same
// calls compiled to JavaScript (funnel-schedule-asm.mjs), as the core does
// (core-loader.js). The standalone file inlines it under the global
// createFunnelSchedule (scripts/bundle.mjs replaces this file there).
let loading = null;
let loaded = null;

const load = (name) => import(new URL(`./${name}`, import.meta.url).href).then((module) => module.default());

// Resolves once the module is ready; loads it once per page.
export function prepareSchedule() {
  if (!loading) {
    const wasm = typeof WebAssembly === 'object' ? load('funnel-schedule.mjs') : Promise.reject();
    loading = wasm.catch(() => load('funnel-schedule-asm.mjs')).then((module) => { loaded = module; });
  }
  return loading;
}

// The module, once prepareSchedule() has resolved.
export const scheduleModule = () => loaded;
