// The schedule's request (the schedule view's, and the KPI review's targets
// from the schedule), from the planner's state, the values of the fields that
// parsed (field path -> number), the funnel's conversions as the core reads
// them and the core's scheduleRules():
// { schedule: input of core.schedule(), pace: { asOf, holidays, actual } }.
// The plan's goal per its period comes along as typed (periodMonths).
export function scheduleRequest(state, values, lang, conversions, rules) {
  const { schedule } = state;
  const goal = state.goalKind === 'revenue'
    ? { revenue: values['goal.revenue'], dealValue: values['goal.dealValue'] }
    : { customers: values['goal.customers'] };
  const input = {
    locale: lang,
    stages: state.stages,
    conversions,
    start: schedule.start,
    months: schedule.months,
    goal,
    periodMonths: state.period,
    lagDays: conversions.map((_, index) => values[`lagDays[${index}]`] ?? 0),  // empty: the same month
  };
  if (values.growth !== undefined) input.growth = values.growth;
  if (schedule.seasonality === 'custom') {
    input.seasonality = Array.from({ length: 12 }, (_, month) => values[`seasonality[${month}]`]);
  } else if (schedule.seasonality !== 'flat') {
    input.seasonality = rules.seasonality.find((preset) => preset.id === schedule.seasonality).weights;
  }
  return {
    schedule: input,
    pace: {
      asOf: schedule.asOf,
      holidays: schedule.holidays,
      actual: state.stages.map((_, index) => values[`pace.actual[${index}]`]),  // undefined: not typed
    },
  };
}
