// The pages' markup where a browser test cannot see a difference: embed.html
// names an empty icon, so a browser that asks for /favicon.ico on a page
// opened on its own (headless Chromium never does) asks for nothing, and its
// CSP allows that icon and a host's logo.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const embed = readFileSync(new URL('../../web/embed.html', import.meta.url), 'utf8');

test('embed.html asks for no favicon, and its CSP allows its empty icon, a host\'s logo and its lead endpoint', () => {
  assert.match(embed, /<link rel="icon" href="data:,">/);
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(embed)[1];
  const images = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('img-src'));
  assert.deepEqual(images.split(/\s+/).slice(1).sort(), ["'self'", 'blob:', 'data:', 'https:']);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/, 'scripts stay as strict as before');
  assert.match(policy, /connect-src 'self' https:;/, 'a lead goes to the host\'s https endpoint or HubSpot');
});
