// The host's settings that dress the planner: the accent colour, the call to
// action, the share button, the lead button, and its brand (a logo and a
// company name above the planner and on every printout, "powered by" below it
// unless turned off). Each is read from its attribute every time, and a value
// that is not what it should be is left out, never half applied.
import { colourOf, linkOf, webAddress } from './safe-attributes.js';

// host: the <funnel-planner> element; root: its shadow root; setting(name, fallback): an on/off attribute of the
// host's ("share": "copy link", "powered-by": the line below the planner); leadOffer: the lead button's words
// ({ pdf, expert }), shown once the host says where leads go (lead-to).
export function applyHostSettings(host, root, { setting, leadOffer }) {
  const share = setting('share', true);
  const powered = setting('powered-by', true);
  // A colour only, as the browser computes it: never var(), url() or anything that could fetch.
  const accent = colourOf(host.getAttribute('accent'), root.getElementById('colour-probe'));
  if (accent) host.style.setProperty('--fp-accent', accent);
  else host.style.removeProperty('--fp-accent');
  const cta = root.getElementById('cta');
  const text = (host.getAttribute('cta-text') ?? '').trim();
  const href = linkOf(host.getAttribute('cta-href'));
  cta.hidden = !text;
  cta.textContent = text;
  cta.setAttribute('href', href ? href.href : '#');
  // In a frame (embed.html), a call to action opens its page in a tab of its
  // own, not squeezed into the frame; noopener: that page cannot reach back.
  if (window.top !== window) {
    cta.target = '_blank';
    cta.rel = 'noopener';
  }
  root.getElementById('share').hidden = !share;
  // The brand: a name as text, a logo from a web address only (never data: or javascript:).
  const company = (host.getAttribute('company') ?? '').trim().slice(0, 80);
  const logo = webAddress(host.getAttribute('logo'));
  const brand = root.getElementById('brand');
  root.getElementById('brand-name').textContent = company;
  // The image exists only with a logo: without one the planner holds no <img> at all.
  let image = root.getElementById('brand-logo');
  if (logo && !image) image = brand.insertBefore(Object.assign(document.createElement('img'), { id: 'brand-logo' }), brand.firstChild);
  if (logo) Object.assign(image, { src: logo.href, alt: company ? '' : 'Logo' });  // beside the name it says nothing more
  else image?.remove();
  brand.hidden = !company && !logo;
  root.getElementById('powered').hidden = !powered;
  const lead = root.getElementById('lead');
  lead.hidden = !(host.getAttribute('lead-to') ?? '').trim();
  lead.textContent = host.getAttribute('lead-offer') === 'expert' ? leadOffer.expert : leadOffer.pdf;
}
