// For host pages that embed the planner as an iframe:
//   <iframe src=".../embed.html" title="Funnel Planner" data-funnel-planner></iframe>
//   <script src=".../funnel-planner-frame.js" defer></script>
// Each such frame grows and shrinks with its content. Only messages from the
// frame's own window are heeded, and only a height is read from them.
(function () {
  const frames = () => document.querySelectorAll('iframe[data-funnel-planner]');
  for (const frame of frames()) {
    frame.style.width = '100%';
    frame.style.border = '0';
  }
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'funnel-planner-height' || typeof data.height !== 'number') return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.max(200, Math.min(data.height, 20000))}px`;
    }
  });
})();
