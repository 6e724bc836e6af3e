// The forecast view's request for core.forecast(), from the planner's state,
// the values of the fields that parsed (field path -> number) and the
// funnel's conversions as the core reads them (the shell's funnel(values)).
// The plan's goal comes along to compare with (same period: one choice for
// both views); the core leaves out a goal that is not one yet.
export function forecastRequest(state, values, lang, conversions) {
  const goal = state.goalKind === 'revenue'
    ? { revenue: values['goal.revenue'], dealValue: values['goal.dealValue'] }
    : { customers: values['goal.customers'] };
  return {
    locale: lang,
    stages: state.stages,
    conversions,
    volume: { stage: state.volumeStage, count: values['volume.count'] },
    dealValue: values.dealValue,
    goal,
  };
}
