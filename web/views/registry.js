// The planner's views, one line each: the id (its folder under web/views/ and
// its key in the share link), the words of its tab (shown before the view is
// loaded), and how to load it. The first is the default view and part of the
// first load; every other view loads when it is first opened, or earlier when
// the browser is idle. A view module's contract is in docs/architecture.md.
import plan from './plan/view.js';

export const VIEWS = [
  { id: 'plan', tab: { de: 'Planen: Ziel → Leads', en: 'Plan: goal → leads' }, load: async () => plan },
  { id: 'forecast', tab: { de: 'Prognose: Leads → Kunden', en: 'Forecast: leads → customers' }, load: () => import('./forecast/view.js') },
];

export const VIEW_IDS = VIEWS.map((view) => view.id);

const loaded = new Map();

// The view module with its words in `lang` (a view's English may load on its own).
export async function loadView(id, lang) {
  if (!loaded.has(id)) loaded.set(id, VIEWS.find((view) => view.id === id).load().then((module) => module.default ?? module));
  const view = await loaded.get(id);
  if (typeof view.strings[lang] === 'function') view.strings[lang] = await view.strings[lang]();
  return view;
}
