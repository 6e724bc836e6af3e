// A WebAssembly module of the calls some views need (dist/<name>.mjs: the
// months module, the channels module), loaded with the first view that
// prepares it and never before: the first plan does not wait for it. Where
// WebAssembly is missing or blocked, the same calls compiled to JavaScript
// (<name>-asm.mjs), as the core does (core-loader.js). The standalone file
// inlines each under a global of its own (`global`: scripts/bundle.mjs
// replaces this file there).
const load = (file) => import(new URL(`./${file}`, import.meta.url).href).then((module) => module.default());

// { prepare(): resolves once the module is ready, loading it once per page; module(): it, once ready }.
// `global` is the name the standalone file's inlined build defines (unused here, where files are fetched).
export function moduleLoader(name, global) {
  let loading = null;
  let loaded = null;
  return {
    prepare() {
      if (!loading) {
        const wasm = typeof WebAssembly === 'object' ? load(`${name}.mjs`) : Promise.reject();
        loading = wasm.catch(() => load(`${name}-asm.mjs`)).then((module) => { loaded = module; });
      }
      return loading;
    },
    module: () => loaded,
  };
}
