// The code the builder hands out, written from the planner's attributes
// (settings.js): the web component, self-hosted, and the iframe with its
// height script, each with the strictest Content-Security-Policy the host
// page can have and still run it. Every value is escaped as HTML: what a
// person types into the builder is text in the snippet, never markup.
import { EMBED_QUERY } from '../embed-query.js';

const ESCAPES = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
export const escapeHtml = (text) => String(text).replace(/[&"<>]/g, (character) => ESCAPES[character]);

// What embed.html takes from its own address; everything else reaches the frame from the page that embeds it,
// through funnel-planner-frame.js (as data- attributes): README, "As an iframe".
const FRAME_QUERY = new Set(EMBED_QUERY);

// An element's start tag: on one line with up to two attributes, else one attribute a line.
function startTag(tag, attributes) {
  const written = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`));
  if (written.length <= 2) return `<${tag}${written.map((attribute) => ` ${attribute}`).join('')}>`;
  const indent = ' '.repeat(tag.length + 2);
  return `<${tag} ${written.join(`\n${indent}`)}>`;
}

// The folder the files are in, as the snippet names it: a path or an address, ending in "/"; null if neither.
// A path is written as a browser resolves it (spaces, quotes and angle brackets percent-encoded), never as typed.
export function folderOf(text) {
  const folder = text.trim();
  if (!folder) return null;
  if (folder.startsWith('/') && !folder.startsWith('//') && !/[\\?#]/.test(folder)) {
    const path = new URL(folder, 'https://host.invalid').pathname;
    return path.endsWith('/') ? path : `${path}/`;
  }
  try {
    const url = new URL(folder);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/[^/]*$/, '');  // ".../embed.html" names its folder
    return url.href;
  } catch {
    return null;
  }
}

const originOf = (address) => (/^https?:/.test(address) ? new URL(address).origin : null);

// (a) The web component from the host's own server. folder: where dist/ is (folderOf).
export function componentSnippet(attributes, { folder, words }) {
  return [
    `<!-- ${words.componentComment(folder)} -->`,
    `<script type="module" src="${escapeHtml(`${folder}funnel-planner.js`)}"></script>`,
    `${startTag('funnel-planner', attributes)}</funnel-planner>`,
  ].join('\n');
}

// The iframe's parts: its address with the settings embed.html reads there, the rest as data- attributes.
export function frameParts(attributes, folder) {
  const query = new URLSearchParams();
  const data = [];
  for (const [name, value] of attributes) {
    if (FRAME_QUERY.has(name)) query.set(name, value);
    else data.push([`data-${name}`, value]);
  }
  const lang = attributes.find(([name]) => name === 'lang')?.[1];
  return {
    src: `${folder}embed.html${query.size ? `?${query}` : ''}`,
    data,
    page: `${folder}index.html${lang === 'en' ? '?lang=en' : ''}`,  // the planner on a page of its own
    script: `${folder}funnel-planner-frame.js`,
  };
}

// (b) The iframe, sized by funnel-planner-frame.js; 900 px tall and scrolling inside until then (or without it),
// allowed to copy, with a title for screen readers and a link to the planner on a page of its own below it,
// both in the planner's language (`visitor`: its words), the comment in the builder's (`words`).
// Sizes as attributes, not a style attribute: a host CSP without 'unsafe-inline' styles would drop that.
export function iframeSnippet(attributes, { folder, words, visitor = words }) {
  const parts = frameParts(attributes, folder);
  const frame = startTag('iframe', [
    ['src', parts.src], ['title', visitor.frameTitle], ['data-funnel-planner', true], ...parts.data,
    ['allow', 'clipboard-write'], ['loading', 'lazy'], ['width', '100%'], ['height', '900'],
  ]);
  return [
    `<!-- ${words.iframeComment} -->`,
    `${frame}</iframe>`,
    `<p><a href="${escapeHtml(parts.page)}" target="_blank" rel="noopener">${escapeHtml(visitor.fallback)}</a></p>`,
    `<script src="${escapeHtml(parts.script)}" defer></script>`,
  ].join('\n');
}

// A policy's text from its directives, each source once.
const policyText = (directives) => directives.map(([name, ...sources]) => [name, ...new Set(sources.filter(Boolean))].join(' ')).join('; ');

// The host page's strictest policy for the component: its files (and their .wasm) from `folder`, its logo, and
// the lead's target (`leadTarget`: core.lead's request, whose url is where a lead is posted). 'self' stays in
// each directive: the host's own scripts, images and requests go on as before.
export function componentPolicy(attributes, { folder, leadTarget }) {
  const files = originOf(folder) ?? "'self'";
  const logo = attributes.find(([name]) => name === 'logo')?.[1];
  return policyText([
    ['default-src', "'self'"],
    ['script-src', "'self'", files, "'wasm-unsafe-eval'"],
    ['connect-src', "'self'", files, leadTarget?.url ? new URL(leadTarget.url).origin : null],
    ['img-src', "'self'", logo ? originOf(logo) : null],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
  ]);
}

// The host page's strictest policy for the iframe: its script and its frame from the planner's origin.
export function iframePolicy({ folder }) {
  const planner = originOf(folder) ?? "'self'";
  return policyText([['default-src', "'self'"], ['script-src', "'self'", planner], ['frame-src', "'self'", planner], ['object-src', "'none'"], ['base-uri', "'self'"]]);
}
