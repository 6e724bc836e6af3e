// The summary bar a phone shows at the bottom while the results are out of
// sight (planner-styles.js). Tapping it brings the results into view without
// touching the address: a link to "#" would drop a share link from it. It
// steps aside while a field has the focus, so it never covers what is being
// typed (with the on-screen keyboard up, the bottom of the screen is the field's).
// results(): the open view's results card. Until `signal` aborts.
export function summaryBar(root, signal, results) {
  const bar = root.getElementById('summary');
  const typing = (event) => bar.classList.toggle('typing', event.type === 'focusin' && event.target.matches('input, select'));
  root.addEventListener('focusin', typing, { signal });
  root.addEventListener('focusout', typing, { signal });
  bar.addEventListener('click', (event) => {
    event.preventDefault();
    results().scrollIntoView({ block: 'start' });
  }, { signal });
}
