// The forecast view's request for core.forecast(), from the planner's state,
// the values of the fields that parsed (field path -> number) and the
// funnel's conversions as the core reads them (the shell's funnel(values)).
export function forecastRequest(state, values, lang, conversions) {
  return {
    locale: lang,
    stages: state.stages,
    conversions,
    volume: { stage: state.volumeStage, count: values['volume.count'] },
  };
}
