// The planner's views, one line each: the id (its folder under web/views/ and
// its key in the share link), the words of its tab (shown before the view is
// loaded), and how to load it. The first is the default view and part of the
// first load; every other view loads when it is first opened, or earlier when
// the browser is idle. A view module's contract is in docs/architecture.md.
// `follow`: the names of a view's fields that belong to a conversion
// ("lagDays" -> lagDays[0], ...) or to a stage; a name ending in "*" stands
// for every name it begins ("review.*": review.2026-03[1], one per month): the
// funnel editor moves their texts with the conversion or stage when stages
// are added or removed, also before the view is loaded (a link may hold them).
import plan from './plan/view.js';

export const VIEWS = [
  { id: 'plan', tab: { de: 'Planen: Ziel → Leads', en: 'Plan: goal → leads' }, load: async () => plan },
  { id: 'forecast', tab: { de: 'Prognose: Leads → Kunden', en: 'Forecast: leads → customers' }, load: () => import('./forecast/view.js') },
  {
    id: 'schedule', tab: { de: 'Zeitplan: Monat für Monat', en: 'Schedule: month by month' }, load: () => import('./schedule/view.js'),
    follow: { conversion: ['lagDays'], stage: ['pace.actual'] },
  },
  { id: 'import', tab: { de: 'Import: Ihre Daten', en: 'Import: your data' }, load: () => import('./import/view.js') },
  {
    id: 'review', tab: { de: 'KPI-Review: Ist vs. Plan', en: 'KPI review: actual vs. plan' }, load: () => import('./review/view.js'),
    follow: { conversion: ['reviewLag'], stage: ['review.*'] },
  },
  {
    id: 'channels', tab: { de: 'Kanäle & Budget', en: 'Channels & budget' }, load: () => import('./channels/view.js'),
    // "channel[*": each channel's counts per stage (channel[0].count[1]); "channelRate[*": its rates (channelRate[0][1]).
    follow: { stage: ['channel[*'], conversion: ['channelRate[*'] },
  },
  { id: 'handoff', tab: { de: 'Übergabe & SLA', en: 'Handover & SLA' }, load: () => import('./handoff/view.js') },
];

export const VIEW_IDS = VIEWS.map((view) => view.id);

// Every view's fields that follow a conversion or a stage.
export const FOLLOWING = {
  conversion: VIEWS.flatMap((view) => view.follow?.conversion ?? []),
  stage: VIEWS.flatMap((view) => view.follow?.stage ?? []),
};

const modules = new Map();  // id -> the view module, loading
const prepared = new Map();  // id -> the view, once view.prepare() resolved

// The view module with its words in `lang` (a view's English may load on its
// own): enough to name its fields.
export async function viewWords(id, lang) {
  if (!modules.has(id)) modules.set(id, VIEWS.find((view) => view.id === id).load().then((module) => module.default ?? module));
  const view = await modules.get(id);
  if (typeof view.strings[lang] === 'function') view.strings[lang] = await view.strings[lang]();
  return view;
}

// The same, with what it needs before its first answer (view.prepare(): a module of its own).
export async function loadView(id, lang) {
  const view = await viewWords(id, lang);
  if (!prepared.has(id)) prepared.set(id, Promise.resolve(view.prepare?.()));
  await prepared.get(id);
  return view;
}
