// The planner's views, in the order of names.js (the id, its folder under
// web/views/ and its key in the share link; the words of its tab), each with
// how to load it. The first is the default view and part of the first load;
// every other view loads when it is first opened, or earlier when the browser
// is idle. A view module's contract is in docs/architecture.md.
// `follow`: the names of a view's fields that belong to a conversion
// ("lagDays" -> lagDays[0], ...) or to a stage; a name ending in "*" stands
// for every name it begins ("review.*": review.2026-03[1], one per month): the
// funnel editor moves their texts with the conversion or stage when stages
// are added or removed, also before the view is loaded (a link may hold them).
import { VIEW_NAMES } from './names.js';
import plan from './plan/view.js';

export { VIEW_IDS, shownViews } from './names.js';

const LOADING = {
  plan: { load: async () => plan },
  forecast: { load: () => import('./forecast/view.js') },
  schedule: { load: () => import('./schedule/view.js'), follow: { conversion: ['lagDays'], stage: ['pace.actual'] } },
  import: { load: () => import('./import/view.js') },
  review: { load: () => import('./review/view.js'), follow: { conversion: ['reviewLag'], stage: ['review.*'] } },
  // "channel[*": each channel's counts per stage (channel[0].count[1]); "channelRate[*": its rates (channelRate[0][1]).
  channels: { load: () => import('./channels/view.js'), follow: { stage: ['channel[*'], conversion: ['channelRate[*'] } },
  handoff: { load: () => import('./handoff/view.js') },
};

export const VIEWS = VIEW_NAMES.map((view) => ({ ...view, ...LOADING[view.id] }));

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
