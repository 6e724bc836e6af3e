// The hand-off's part of the planner's state (issue 19): its criteria (names
// and groups; their points are texts, "criterion[2].points"), the lead
// check's ticks, where marketing's commitments come from, the SLA's parties
// and start day; the thresholds, capacity and service levels are texts too.
// Until the view is first opened the criteria are null: the core's defaults
// in the page's language (core.handoffDefaults), set by the view.

// The fields of the thresholds, the capacity and the service levels, in the order the link keeps them.
export const HANDOFF_FIELDS = {
  thresholds: ['handoff.mql', 'handoff.sql', 'handoff.minFit'],
  capacity: ['handoff.perPerson', 'handoff.hours', 'handoff.team'],
  levels: ['sla.response', 'sla.demoResponse', 'sla.attempts', 'sla.attemptDays', 'sla.feedbackDays', 'sla.term'],
};
const LINK_KEYS = { thresholds: 'handoffThresholds', capacity: 'handoffCapacity', levels: 'handoffLevels' };
export const criterionField = (index) => `criterion[${index}].points`;
const PARTIES = 3;  // the company, marketing's head, sales' head

// From the share-link shape; put(field, value) keeps a field's text as the state does.
export function handoffFrom(shared, put) {
  // None readable (a link's were all broken) is the suggestion, as none at all.
  const criteria = shared.handoffCriteria?.length
    ? shared.handoffCriteria.map(({ name, group }) => ({ name, group: group === 'behaviour' ? 'behaviour' : 'fit' })) : null;
  if (criteria) shared.handoffCriteria.forEach((criterion, index) => put(criterionField(index), criterion.points));
  for (const [part, key] of Object.entries(LINK_KEYS)) {
    (shared[key] ?? []).forEach((value, index) => { if (index < HANDOFF_FIELDS[part].length) put(HANDOFF_FIELDS[part][index], value); });
  }
  return {
    criteria,
    edited: Boolean(criteria),  // the criteria as someone set them: kept in the link, never re-spelled
    met: (criteria ?? []).map(() => false),
    source: shared.handoffSource === 'schedule' ? 'schedule' : 'plan',
    parties: Array.from({ length: PARTIES }, (_, index) => shared.handoffParties?.[index] ?? ''),
    start: shared.handoffStart ?? '',
  };
}

// The hand-off's part of the link: once the view has been opened (its settings are then texts), the
// thresholds, capacity and levels always, so that a cleared default stays cleared; the criteria once edited.
export function handoffShared(state, field) {
  const { handoff } = state;
  if (!handoff.criteria) return {};
  const lists = Object.fromEntries(Object.entries(LINK_KEYS).map(([part, key]) => [key, HANDOFF_FIELDS[part].map(field)]));
  return {
    handoffCriteria: handoff.edited ? handoff.criteria.map((criterion, index) => ({ ...criterion, points: field(criterionField(index)) })) : undefined,
    ...lists,
    handoffParties: handoff.parties.some((name) => name.trim()) ? [...handoff.parties] : undefined,
    handoffStart: handoff.start || undefined,
    handoffSource: handoff.source === 'plan' ? undefined : handoff.source,
  };
}
