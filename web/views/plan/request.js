// The plan view's request for core.plan(), from the planner's state, the
// values of the fields that parsed (field path -> number) and the funnel's
// conversions as the core reads them (the shell's funnel(values)). Once a
// start month is chosen (in the schedule view), the per-working-day figures
// count that period's real working days and the holidays chosen there.
export function planRequest(state, values, lang, conversions) {
  const { startChosen, start, holidays } = state.schedule ?? {};
  const goal = state.goalKind === 'revenue'
    ? { revenue: values['goal.revenue'], dealValue: values['goal.dealValue'] }
    : { customers: values['goal.customers'] };
  return {
    locale: lang,
    goal,
    stages: state.stages,
    conversions,
    historyMonths: values.historyMonths,
    periodMonths: state.period,
    confidence: state.confidence ?? undefined,
    ...(startChosen ? { start, holidays } : {}),
  };
}
