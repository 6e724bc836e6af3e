// Assembles dist/ around the wasm modules that CMake built:
//   dist/funnel-planner.js               the component, one minified ES module, and
//   dist/notices-<hash>.js, export-...   what it loads only when needed (split by esbuild)
//   dist/embed.js                        the iframe page's script, one small ES module
//   dist/index.html, embed.html, ...     the static pages and their small scripts
//   dist/funnel-planner-standalone.html  everything inlined (wasm too): opens from file://
//   node scripts/bundle.mjs [dist] [build-wasm]
import { build, transform } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? join(root, 'dist');
const wasmBuild = process.argv[3] ?? join(root, 'build-wasm');
const web = join(root, 'web');
const STATIC_FILES = ['index.html', 'embed.html', 'embed-builder.html', 'page.css', 'page.js', 'funnel-planner-frame.js', 'favicon.svg'];

mkdirSync(dist, { recursive: true });
// Split-off parts carry a hash in their names: the last build's go first.
for (const file of readdirSync(dist)) if (/-[A-Z0-9]{8}\.js$/.test(file)) rmSync(join(dist, file));
for (const file of STATIC_FILES) copyFileSync(join(web, file), join(dist, file));
copyFileSync(join(web, 'embed-builder', 'builder.css'), join(dist, 'embed-builder.css'));

// esbuild minifies JavaScript, not the CSS and HTML the component keeps in
// template literals: this does, at build time (about 450 B gzip less). The
// markup loses only the line breaks and indentation between its tags.
const minifyTemplates = {
  name: 'minify-templates',
  setup(builder) {
    builder.onLoad({ filter: /(styles|template)\.js$/ }, async ({ path }) => {
      const [[name, text]] = Object.entries(await import(pathToFileURL(path).href));
      const minified = name === 'STYLES'
        ? (await transform(text, { loader: 'css', minify: true })).code.trim()
        : text.replace(/\n\s*/g, '');
      return { contents: `export const ${name} = ${JSON.stringify(minified)};\n`, loader: 'js' };
    });
  },
};
const common = {
  entryPoints: [join(web, 'funnel-planner.js')], bundle: true, minify: true, target: 'es2022', legalComments: 'none',
  plugins: [minifyTemplates],
};
// The core stays its own file beside the component (the .mjs that CMake wrote).
// Parts the first plan does not need (an import() in the component) become files of their own.
const split = await build({
  ...common, format: 'esm', splitting: true, external: ['./funnel-core.mjs'], outdir: dist, entryNames: '[name]', chunkNames: '[name]-[hash]', metafile: true,
});
// The import's worker (issue 16): its own small module beside the import module it loads.
await build({
  ...common, entryPoints: [join(web, 'views', 'import', 'worker.js')], format: 'esm', external: ['./funnel-import.mjs'],
  outfile: join(dist, 'import-worker.js'),
});
// Which files each lazily loaded part needs (scripts/bench reports each view's bytes on first use).
writeFileSync(join(wasmBuild, 'bundle-meta.json'), JSON.stringify(split.metafile));
await build({ ...common, entryPoints: [join(web, 'embed.js')], format: 'esm', outfile: join(dist, 'embed.js') });
// The embed builder's page (issue 20): its own module, with the core beside it (the preview's planner loads the same).
await build({
  ...common, entryPoints: [join(web, 'embed-builder', 'main.js')], format: 'esm', external: ['./funnel-core.mjs'], outfile: join(dist, 'embed-builder.js'),
});

// The standalone file: no module scripts (file:// blocks them), so the component
// is an IIFE and the core a classic script that defines createFunnelCore.
// The core is the global createFunnelCore that the inlined classic build defines.
const globalCore = {
  name: 'global-core',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/funnel-core\.mjs$/ }, () => ({ path: 'funnel-core', namespace: 'global-core' }));
    builder.onLoad({ filter: /.*/, namespace: 'global-core' }, () => ({ contents: 'export default (options) => globalThis.createFunnelCore(options);' }));
  },
};
// The views' own modules likewise (the months module, the channels'): each the global its build defines.
const globalModules = {
  name: 'global-modules',
  setup(builder) {
    builder.onLoad({ filter: /views[\\/]shared[\\/]module-loader\.js$/ }, () => ({
      contents: `export function moduleLoader(name, global) {
          let loading = null;
          let loaded = null;
          return { prepare: () => (loading ??= globalThis[global]().then((module) => { loaded = module; })), module: () => loaded };
        }`,
    }));
  },
};
const component = await build({ ...common, format: 'iife', plugins: [minifyTemplates, globalCore, globalModules], write: false, logLevel: 'error' });
const core = ['funnel-core-inline.js', 'funnel-schedule-inline.js', 'funnel-channels-inline.js'].map((file) => readFileSync(join(wasmBuild, file), 'utf8')).join('');
const page = readFileSync(join(web, 'index.html'), 'utf8');
const inline = (code) => code.replaceAll('</script', '<\\/script');
const standalone = page
  .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  .replace(/\s*<link rel="(icon|modulepreload|preload)"[^>]*>/g, '')
  .replace('<link rel="stylesheet" href="page.css">', () => `<style>\n${readFileSync(join(web, 'page.css'), 'utf8')}</style>`)
  .replace('<script type="module" src="funnel-planner.js"></script>', () =>
    `<script>\n${inline(core)}\n</script>\n<script>\n${inline(component.outputFiles[0].text)}\n</script>`)
  // A module script waits for the page; an inline classic one runs where it stands: at the end of the body.
  .replace(/\s*<script type="module" src="page.js"><\/script>/, '')
  .replace('</body>', () => `<script>\n${inline(readFileSync(join(web, 'page.js'), 'utf8'))}\n</script>\n</body>`)
  .replace('<funnel-planner url-sync>', '<funnel-planner url-sync storage="off">');
writeFileSync(join(dist, 'funnel-planner-standalone.html'), standalone);
console.log(`bundle: ${dist} is ready`);
