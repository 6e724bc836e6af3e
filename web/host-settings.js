// The host's settings that dress the planner: the accent colour, the call to
// action and the share button. Each is read from its attribute every time, and
// a value that is not what it should be is left out, never half applied.
import { colourOf, linkOf } from './safe-attributes.js';

// host: the <funnel-planner> element; root: its shadow root; share: whether "copy link" shows.
export function applyHostSettings(host, root, share) {
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
}
