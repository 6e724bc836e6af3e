// For host pages that embed the planner as an iframe:
//   <iframe src=".../embed.html" title="Funnel Planner" data-funnel-planner></iframe>
//   <script src=".../funnel-planner-frame.js" defer></script>
// Each such frame grows and shrinks with its content, whenever this script
// runs: it asks each frame for its height when it starts and whenever a frame
// loads, and each frame also reports on its own. Only messages from a frame's
// own window are heeded, and only a height is read from them. The frame's
// data-cta-text and data-cta-href reach it this way: a call to action to any
// site, which embed.html takes from its own address only for its own site.
// So do this page's address, where the frame's share links lead (or the
// frame's data-share-url), a share link this page was opened with, the
// brand (data-company, data-logo, data-powered-by) and lead capture
// (data-lead-to, data-lead-offer, data-lead-consent, data-lead-privacy,
// data-lead-company), which a frame takes from its parent only.
(function () {
  const SELECTOR = 'iframe[data-funnel-planner]';
  const frames = () => document.querySelectorAll(SELECTOR);

  // A width the host gave stays; only a frame left at the browser's 300 px fills its column.
  function fit(frame) {
    if (!frame.hasAttribute('width') && !frame.style.width && getComputedStyle(frame).width === '300px') frame.style.width = '100%';
    if (!frame.style.border) frame.style.border = '0';
  }

  // Share links lead to this page (or the frame's data-share-url), and a share link opened here goes into the frame.
  const page = window.location.href.split('#')[0];
  const link = /^#fp1(&|$)/.test(window.location.hash) ? window.location.hash : '';

  // A link or an image on this page, as the browser resolves it here ("/kontakt" is this site's), or nothing.
  function resolved(href) {
    try {
      return new URL(href, window.location.href).href;
    } catch {
      return undefined;
    }
  }

  function hello(frame) {
    const message = { type: 'funnel-planner-hello', shareUrl: frame.dataset.shareUrl || page };
    if (link) message.link = link;
    if (frame.dataset.ctaText) message.ctaText = frame.dataset.ctaText;
    if (frame.dataset.ctaHref) message.ctaHref = resolved(frame.dataset.ctaHref);  // "/kontakt" is this site's page
    if (frame.dataset.logo) message.logo = resolved(frame.dataset.logo);
    // Lead capture only from here, the page the visitor sees: never from embed.html's own address.
    for (const name of ['leadTo', 'leadOffer', 'leadConsent', 'leadPrivacy', 'leadCompany', 'company', 'poweredBy']) {
      if (frame.dataset[name]) message[name] = frame.dataset[name];
    }
    if (message.leadPrivacy) message.leadPrivacy = resolved(message.leadPrivacy);
    try {
      frame.contentWindow?.postMessage(message, new URL(frame.src, window.location.href).origin);
    } catch {
      // A frame without a web address yet: it says hello itself once loaded.
    }
  }

  for (const frame of frames()) {
    fit(frame);
    hello(frame);
  }
  // Load events do not bubble, but they pass the document on their way down.
  document.addEventListener('load', (event) => {
    if (!event.target.matches?.(SELECTOR)) return;
    fit(event.target);
    hello(event.target);
  }, true);

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'funnel-planner-height' || typeof data.height !== 'number') return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.max(200, Math.min(data.height, 20000))}px`;
    }
  });
})();
