// The planner's views by name: each id (its folder under web/views/ and its
// key in the share link) and the words of its tab, in the tabs' order, with
// nothing that loads them (registry.js adds that): what the embed builder
// needs to offer the views, without bringing them along.
export const VIEW_NAMES = [
  { id: 'plan', tab: { de: 'Planen: Ziel → Leads', en: 'Plan: goal → leads' } },
  { id: 'forecast', tab: { de: 'Prognose: Leads → Kunden', en: 'Forecast: leads → customers' } },
  { id: 'schedule', tab: { de: 'Zeitplan: Monat für Monat', en: 'Schedule: month by month' } },
  { id: 'import', tab: { de: 'Import: Ihre Daten', en: 'Import: your data' } },
  { id: 'review', tab: { de: 'KPI-Review: Ist vs. Plan', en: 'KPI review: actual vs. plan' } },
  { id: 'channels', tab: { de: 'Kanäle & Budget', en: 'Channels & budget' } },
  { id: 'handoff', tab: { de: 'Übergabe & SLA', en: 'Handover & SLA' } },
];

export const VIEW_IDS = VIEW_NAMES.map((view) => view.id);

// The views a host shows (its views attribute: ids separated by spaces or
// commas), in the tabs' order. The plan is always one of them: every other
// view starts from its goal and funnel (their "change goal" opens it). An
// unknown id is left out; an attribute naming no view shows them all.
export function shownViews(attribute) {
  const named = new Set((attribute ?? '').toLowerCase().split(/[\s,;]+/));
  return VIEW_IDS.some((id) => named.has(id)) ? VIEW_IDS.filter((id) => id === VIEW_IDS[0] || named.has(id)) : VIEW_IDS;
}
