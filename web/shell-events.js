// The events a planner listens to in its shadow root, for one connection to
// a document (signal: aborted when the element leaves it). The handlers are
// the shell's; what is the same for every planner is here: the tabs answer
// the arrow keys, a form never submits, and a pasted stage name with a line
// break is refused rather than silently joined (a text field drops the breaks).
export function listen(root, signal, { input, left, pastedName, change, click }) {
  const on = (type, handler) => root.addEventListener(type, handler, { signal });
  on('input', (event) => { if (event.target.matches('input[data-field]')) input(event.target); });
  on('focusout', (event) => { if (event.target.matches('input[data-field]')) left(event.target); });
  on('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!event.target.matches('input.stage-name') || !/[\r\n]/.test(text)) return;
    event.preventDefault();
    pastedName(Number(event.target.dataset.stage), text);
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
    const tabs = [...root.querySelectorAll('[data-view-tab]')];
    const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    next.focus();
    next.click();
  });
}
