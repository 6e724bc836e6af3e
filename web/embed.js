// Inside the iframe of embed.html: tells the host page how tall the planner
// is, so funnel-planner-frame.js can size the frame to its content. Only a
// number crosses, and only to the parent window.
const planner = document.querySelector('funnel-planner');
const attributes = new URLSearchParams(window.location.search);
for (const name of ['lang', 'goal', 'currency', 'accent', 'cta-text', 'cta-href', 'share']) {
  if (attributes.has(name)) planner.setAttribute(name, attributes.get(name));
}
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'funnel-planner-height', height }, '*');
  }
}).observe(document.body);
