// The hand-off's request and its answer. The request, from the planner's
// state, the values of the fields that parsed, the plan's request (the
// shell's planInput) and, when the commitments follow the schedule, the
// schedule's: { plan, schedule, handoff: input of core.handoff() without its
// commitments }. The answer takes the commitments from the plan's answer (at
// its confidence level, when one is chosen: every figure belongs to that
// plan) or from the schedule's months.
export const criterionField = (index) => `criterion[${index}].points`;

// The service levels' fields and the core's names for them.
const LEVELS = {
  responseHours: 'sla.response', demoResponseHours: 'sla.demoResponse', attempts: 'sla.attempts',
  attemptDays: 'sla.attemptDays', feedbackDays: 'sla.feedbackDays', termMonths: 'sla.term',
};
const OPTIONAL = { sqlMinFit: 'handoff.minFit', hoursPerSql: 'handoff.hours', team: 'handoff.team' };

export function handoffRequest(state, values, lang, { plan, schedule }) {
  const { handoff } = state;
  const value = (field) => values[field] ?? null;  // null: empty, the core names it
  const optional = (name) => (values[OPTIONAL[name]] === undefined ? {} : { [name]: values[OPTIONAL[name]] });
  return {
    plan,
    schedule: handoff.source === 'schedule' ? schedule : null,
    handoff: {
      locale: lang,
      criteria: handoff.criteria.map(({ name, group }, i) => ({ name, group, points: value(criterionField(i)), met: handoff.met[i] })),
      thresholds: { mql: value('handoff.mql'), sql: value('handoff.sql'), ...optional('sqlMinFit') },
      capacity: { perPerson: value('handoff.perPerson'), ...optional('hoursPerSql'), ...optional('team') },
      levels: Object.fromEntries(Object.entries(LEVELS).map(([name, field]) => [name, value(field)])),
    },
  };
}

// Where each of the core's error paths is on the page.
function fieldOf(path) {
  const points = /^criteria\[(\d+)\]\.points$/.exec(path);
  if (points) return criterionField(Number(points[1]));
  if (path.startsWith('criteria')) return 'handoff.criteria';
  const level = /^levels\.(\w+)$/.exec(path);
  if (level && LEVELS[level[1]]) return LEVELS[level[1]];
  const named = { 'thresholds.mql': 'handoff.mql', 'thresholds.sql': 'handoff.sql', 'thresholds.sqlMinFit': 'handoff.minFit', 'capacity.perPerson': 'handoff.perPerson', 'capacity.hoursPerSql': 'handoff.hours', 'capacity.team': 'handoff.team' };
  return named[path] ?? 'handoff.plan';
}

// core: the page's (plan); module: the months module (schedule, handoff). The answer: core.handoff()'s with
// `plan` and `schedule` (their answers), or errors: the plan's or the schedule's first at "handoff.plan" or
// "handoff.schedule" (their fields are in their own views), the hand-off's at its fields.
export function answerHandoff(core, module, { plan: planInput, schedule: scheduleInput, handoff }) {
  const plan = core.plan(planInput);
  if (!plan.ok) return { ok: false, errors: [{ field: 'handoff.plan', code: plan.errors[0].code, message: plan.errors[0].message }] };
  const figures = plan.confidence ? plan.confidence.stages : plan.stages;
  let commitments = { stages: planInput.stages, required: figures.map((stage) => stage.required), periodMonths: planInput.periodMonths };
  let schedule = null;
  if (scheduleInput) {
    schedule = module.schedule(scheduleInput);
    if (!schedule.ok) return { ok: false, errors: [{ field: 'handoff.schedule', code: schedule.errors[0].code, message: schedule.errors[0].message }] };
    commitments = { stages: planInput.stages, months: schedule.months, perMonth: schedule.stages.map((stage) => stage.perMonth) };
  }
  const result = module.handoff({ ...handoff, commitments });
  if (!result.ok) return { ...result, errors: result.errors.map((error) => ({ ...error, field: fieldOf(error.field), at: error.field })) };
  // Likely slips (a threshold nobody reaches, a demo answered more slowly) under their fields, applicable there.
  const hints = result.hints.map((hint) => ({ ...hint, field: fieldOf(hint.field), apply: hint.apply.map((move) => ({ ...move, field: fieldOf(move.field) })) }));
  return { ...result, hints, plan, schedule };
}
