// What a host page (or a crafted link to embed.html) may hand the planner as
// a setting, made safe before it is used: a colour that can never fetch
// anything, and a link target with its origin known.

const CSS_WIDE_KEYWORDS = /^(inherit|initial|unset|revert|revert-layer)$/i;
// A colour never needs an escape or a substitution; var(), env() and attr()
// could reach out to a value the host (or anyone who can set a custom
// property) chose, such as url(...).
const SUBSTITUTION = /\\|(?:var|env|attr)\s*\(/i;

// The colour `value` names, as the browser computes it ("rgb(190, 18, 60)"),
// or null. `probe` is an element in the planner's shadow root: setting its
// colour through the CSSOM refuses anything that is no colour (url(),
// image-set(), gradients), and the computed value is a plain colour that
// can never reference or load anything.
export function colourOf(value, probe) {
  const text = (value ?? '').trim();
  if (!text || SUBSTITUTION.test(text) || CSS_WIDE_KEYWORDS.test(text)) return null;
  probe.style.color = '';
  probe.style.color = text;
  if (!probe.style.color) return null;
  const computed = getComputedStyle(probe).color;
  probe.style.color = '';
  return computed || null;
}

const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

// The URL `href` leads to, resolved as the browser would follow it, or null
// for anything but a web, mail or phone link (javascript:, data:, ...).
// Resolving, not pattern matching: "//host", "/\host" and "\\host" are other
// sites, as a browser reads them, not paths on this one.
export function linkOf(href, base = document.baseURI) {
  const text = (href ?? '').trim();
  if (!text) return null;
  try {
    const url = new URL(text, base);
    return LINK_PROTOCOLS.includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

// A web page's address (http or https, nothing else) as a URL, or null: where a share link may lead.
export function webAddress(href) {
  const url = linkOf(href);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
}
