// The events a planner listens to in its shadow root, for one connection to
// a document (signal: aborted when the element leaves it). The handlers are
// the shell's; what is the same for every planner is here: the tabs answer
// the arrow keys, a form never submits, a pasted stage name with a line
// break is refused rather than silently joined (a text field drops the breaks),
// and a row or column from a sheet pasted into a count fills the funnel
// (pastedRow answers whether it did; if not, the text goes in as pasted).
export function listen(root, signal, { input, left, pastedName, pastedRow, change, click }) {
  const on = (type, handler) => root.addEventListener(type, handler, { signal });
  on('input', (event) => { if (event.target.matches('input[data-field]')) input(event.target); });
  on('focusout', (event) => { if (event.target.matches('input[data-field]')) left(event.target); });
  on('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const { target } = event;
    if (target.matches('input.stage-name') && /[\r\n]/.test(text)) {
      event.preventDefault();
      pastedName(Number(target.dataset.stage), text);
    } else if (target.matches('input[data-part="fromCount"], input[data-part="toCount"]') && /[\t;\r\n]/.test(text.trim())) {
      if (pastedRow(target, text)) event.preventDefault();
    }
  });
  on('change', (event) => change(event.target));
  on('click', (event) => {
    const target = event.target.closest('button, a');
    if (target) click(target, event);
  });
  on('submit', (event) => event.preventDefault());
  on('keydown', (event) => {
    const tab = event.target.closest?.('[data-view-tab]');
    if (!tab || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    const tabs = [...root.querySelectorAll('[data-view-tab]:not([hidden])')];
    const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    next.focus();
    next.click();
  });
}
