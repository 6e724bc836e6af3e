// Lighthouse 12.2.3 scores (performance, accessibility, best practices, SEO)
// for the hosted page, mobile and desktop presets, with Debian's Chromium.
// Lighthouse is installed on demand into build-tools/ (about 110 MB), so only
// the full benchmark pays for it.   -> JSON on stdout
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { DIST } from '../browser/harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tools = join(root, 'build-tools');
const lighthouse = join(tools, 'node_modules', '.bin', 'lighthouse');
if (!existsSync(lighthouse)) {
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', tools, 'lighthouse@12.2.3'],
    { stdio: ['ignore', 'ignore', 'inherit'] });
}
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const server = await startServer({ root: DIST });
const scores = {};
try {
  for (const preset of ['mobile', 'desktop']) {
    const output = join(mkdtempSync(join(tmpdir(), 'funnel-lh-')), 'report.json');
    // Asynchronously: the server answering Lighthouse runs in this very process.
    await promisify(execFile)(lighthouse, [server.url, '--quiet', `--chrome-flags=${FLAGS}`, '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json', `--output-path=${output}`, ...(preset === 'desktop' ? ['--preset=desktop'] : [])],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(readFileSync(output, 'utf8'));
    scores[preset] = Object.fromEntries(Object.entries(report.categories).map(([id, category]) => [id, Math.round(category.score * 100)]));
  }
} finally {
  await server.close();
}
console.log(JSON.stringify(scores));
