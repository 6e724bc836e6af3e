// The schedule view's answer; its request is shared with the KPI review
// (../shared/schedule-request.js).
// The answer: core.schedule()'s, with `pace` for the month of the as-of day:
// core.pace() against that month's volumes in the schedule (a count not typed
// counts as 0 there; the view shows it as not given), or { outside: month }
// when the schedule has no such month. A problem of the pacing is the
// answer's, at its field ("pace.actual[1]").
export function answerSchedule(module, { schedule, pace }) {
  const result = module.schedule(schedule);
  // The goal is typed in the plan view: its problems are said here, beside the goal's line.
  const goalField = (field) => (field === 'goal' || field.startsWith('goal.') || field === 'periodMonths' ? 'schedule.goal' : field);
  if (!result.ok) return { ...result, errors: result.errors.map((error) => ({ ...error, field: goalField(error.field) })) };
  const month = pace.asOf.slice(0, 7);
  const index = result.months.indexOf(month);
  if (index < 0) return { ...result, pace: { outside: month } };
  const answer = module.pace({
    month,
    asOf: pace.asOf,
    stages: result.stages.map((stage) => stage.name),
    targets: result.stages.map((stage) => stage.perMonth[index]),
    actual: pace.actual.map((count) => count ?? 0),
    holidays: pace.holidays,
    locale: schedule.locale,
  });
  if (!answer.ok) return { ok: false, errors: answer.errors.map((error) => ({ ...error, field: `pace.${error.field}` })) };
  return { ...result, pace: answer };
}
