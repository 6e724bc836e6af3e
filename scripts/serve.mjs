// A tiny static file server for dist/ on 127.0.0.1, used by scripts/run and
// by the browser tests. Right MIME types (application/wasm for streaming
// compilation), no caching surprises, nothing outside the served folder, and
// gzip where the browser asks for it, as any static host does.
//   node scripts/serve.mjs [folder=dist] [port=8080]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json']);

// cors: the header that lets a page on another origin load these files as modules (and fetch the .wasm).
export function startServer({ root, port = 0, host = '127.0.0.1', cors = false }) {
  const base = resolve(root);
  const gzipped = new Map();  // path -> { mtime, body }: each file is compressed once per version
  const gzipOf = (file, mtime, body) => {
    const known = gzipped.get(file);
    if (known?.mtime === mtime) return known.body;
    const compressed = gzipSync(body, { level: 9 });
    gzipped.set(file, { mtime, body: compressed });
    return compressed;
  };
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside the served folder');
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      if (cors) headers['access-control-allow-origin'] = '*';
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipOf(file, info.mtimeMs, body);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}/`;
      resolvePromise({ url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`Funnel Planner: ${url}  (Ctrl+C stops)`);
}
