// Inside the iframe of embed.html: takes its settings, and tells the page
// that embeds it how tall the planner is, so that funnel-planner-frame.js can
// size the frame to its content. Only settings (and a share link opened on
// the host's page) come in, and only from the parent window; only a height
// goes out, and only to it.
import { EMBED_QUERY } from './embed-query.js';
import { linkOf, webAddress } from './safe-attributes.js';

const planner = document.querySelector('funnel-planner');
const framed = window.parent !== window;
const query = new URLSearchParams(window.location.search);
for (const name of EMBED_QUERY) {
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

// A logo from the query only from this site, as the call to action: a crafted link must not show (or count
// the views of) an image from elsewhere on the planner's own origin. The embedding page may name any.
function logo(href, anySite) {
  const url = webAddress(href);
  if (url && (anySite || url.origin === window.location.origin)) planner.setAttribute('logo', url.href);
}
logo(query.get('logo'), false);

// Where a share link leads. In a frame: the host's page, when it says which (the iframe's address, share-url, or
// funnel-planner-frame.js, which names the page it runs on), else the standalone page beside this one, never
// this bare frame. Opened on its own, this page is the planner's page and its links lead here.
function shareTo(href) {
  const url = webAddress(href);
  if (url) planner.setAttribute('share-url', url.href);
}
if (framed) shareTo(query.get('share-url') ?? new URL('index.html', window.location.href).href);

// A share link opened on the host's page: funnel-planner-frame.js hands its fragment over, and this frame opens
// it, once, unless the person has begun typing here.
let typed = false;
document.addEventListener('input', () => { typed = true; }, { capture: true });
function openLink(fragment) {
  if (typeof fragment !== 'string' || !/^#fp1(&|$)/.test(fragment) || fragment === window.location.hash || typed) return;
  if (sessionStorage.getItem('funnel-planner-host-link') === fragment) return;  // opened once: never a loop
  try { sessionStorage.setItem('funnel-planner-host-link', fragment); } catch { return; }
  history.replaceState(null, '', fragment);
  window.location.reload();
}

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
  shareTo(data.shareUrl);
  logo(data.logo, true);
  // Where leads go and what the form says: from the embedding page only (a crafted link to this page must
  // never collect what a visitor types). Text and addresses as the element checks them.
  const settings = { leadTo: 'lead-to', leadOffer: 'lead-offer', leadConsent: 'lead-consent', leadPrivacy: 'lead-privacy', leadCompany: 'lead-company', company: 'company', poweredBy: 'powered-by' };
  for (const [key, attribute] of Object.entries(settings)) {
    if (typeof data[key] === 'string') planner.setAttribute(attribute, data[key].slice(0, 500));
  }
  // "event" hands a lead to a script on the page around the planner: inside this frame none listens, and the
  // visitor would be thanked for details that went nowhere. No lead button then.
  if (data.leadTo?.trim() === 'event') planner.removeAttribute('lead-to');
  openLink(data.link);
  reportHeight(true);
});
