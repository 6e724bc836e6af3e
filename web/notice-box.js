// The box that names what a link or the last visit held and the planner
// could not take over, part by part in the page's language. Its words and
// lines are in notices.js, loaded only when there is a notice, with every
// view's words: each view names its own fields.
export function showNotices(root, notices, { lang, strings, fmt, state, fieldLabels, current }) {
  root.getElementById('share-notice').hidden = !notices;
  if (!notices) return;
  Promise.all([import('./notices.js'), fieldLabels()]).then(([{ renderNotices }, labelOf]) => {
    if (!current()) return;
    renderNotices(root, notices, { lang, strings, fmt, stages: state.stages, labelOf: (field) => labelOf(field, { fmt, state }) });
  });
}
