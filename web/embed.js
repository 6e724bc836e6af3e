// Inside the iframe of embed.html: takes its settings, and tells the page
// that embeds it how tall the planner is, so that funnel-planner-frame.js can
// size the frame to its content. Only settings come in, and only from the
// parent window; only a height goes out, and only to it.
import { linkOf } from './safe-attributes.js';

const planner = document.querySelector('funnel-planner');
const framed = window.parent !== window;
const query = new URLSearchParams(window.location.search);
for (const name of ['lang', 'goal', 'currency', 'accent', 'share']) {
  if (query.has(name)) planner.setAttribute(name, query.get(name));
}

// A call to action from the query only to this site: anyone can craft a link
// to embed.html, and a "log in again" button to elsewhere must not appear on
// the planner's own origin. The page that embeds the frame may name any
// target: it is the page the visitor sees in the address bar.
function callToAction(text, href, anySite) {
  const url = linkOf(href);
  if (typeof text !== 'string' || !text.trim() || !url || (!anySite && url.origin !== window.location.origin)) return;
  planner.setAttribute('cta-text', text.slice(0, 200));
  planner.setAttribute('cta-href', url.href);
}
callToAction(query.get('cta-text'), query.get('cta-href'), false);

let drawn = false;
let last = 0;
// The height of the content, not of the frame's viewport (scrollHeight would
// never let the frame shrink). Measuring forces a layout, which works also
// while the browser skips painting an embed out of sight.
function reportHeight(always = false) {
  if (!framed || !drawn) return;  // before the first plan only a loading line shows, as tall as the frame
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last && !always) return;
  last = height;
  window.parent.postMessage({ type: 'funnel-planner-height', height }, '*');
}

planner.addEventListener('funnel-planner-change', () => {
  drawn = true;
  reportHeight();
});
new ResizeObserver(() => reportHeight()).observe(document.documentElement);
window.addEventListener('resize', () => reportHeight());

// funnel-planner-frame.js asks when it starts (it may run long after this
// frame loaded) and when the frame loads, passing the embed's settings.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!framed || event.source !== window.parent || !data || data.type !== 'funnel-planner-hello') return;
  callToAction(data.ctaText, data.ctaHref, true);
  reportHeight(true);
});
