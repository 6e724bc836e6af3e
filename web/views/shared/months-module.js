// The WebAssembly module of the calls over months (dist/funnel-schedule.mjs:
// schedule, pace, scheduleRules, review, readSheet), shared by the views that
// use it (the schedule, the KPI review) and loaded with the first of them,
// never before: the first plan does not wait for it. Where WebAssembly is missing or blocked, the same
// calls compiled to JavaScript (funnel-schedule-asm.mjs), as the core does
// (core-loader.js). The standalone file inlines it under the global
// createFunnelSchedule (scripts/bundle.mjs replaces this file there).
// A module of web/views/shared/ is imported by lazily loaded views only, never by
// the shell: the bundler puts it into a chunk of its own, loaded with the first of them.
let loading = null;
let loaded = null;

const load = (name) => import(new URL(`./${name}`, import.meta.url).href).then((module) => module.default());

// Resolves once the module is ready; loads it once per page.
export function prepareMonths() {
  if (!loading) {
    const wasm = typeof WebAssembly === 'object' ? load('funnel-schedule.mjs') : Promise.reject();
    loading = wasm.catch(() => load('funnel-schedule-asm.mjs')).then((module) => { loaded = module; });
  }
  return loading;
}

// The module, once prepareMonths() has resolved.
export const monthsModule = () => loaded;
