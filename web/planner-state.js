// What the planner holds between keystrokes: the text of every field as
// typed, the stage names, and the choices. Plain data, shaped into requests
// for the core and into the share-link state the core reads and writes.
export const MIN_STAGES = 2;
export const MAX_STAGES = 8;
export const PERIODS = [1, 3, 12];
export const CONFIDENCES = [0.8, 0.9, 0.95];

// The worked example: 1000 of 4000 MQLs became SQLs, 500 of 1000 SQLs customers, in 12 months.
const EXAMPLE = {
  goal: { customers: 50 },
  stages: ['MQL', 'SQL', 'Customer'],
  conversions: [{ fromCount: 4000, toCount: 1000 }, { fromCount: 1000, toCount: 500 }],
  historyMonths: 12,
  volume: { stage: 0, count: 300 },
};

export const conversionField = (index, part) => `conversions[${index}].${part}`;

// A state from the share-link shape ({ goal, stages, conversions, ... }) over the example.
// fmt: the formatters of the page's language (format.js), which spell the numbers.
export function stateFrom(shared, fmt, goalAttribute) {
  const source = { ...EXAMPLE, ...shared };
  if (!shared.goal && goalAttribute) source.goal = { customers: goalAttribute };
  const texts = {};
  const put = (field, value, percent = false) => {
    if (typeof value === 'number') texts[field] = percent ? fmt.exactPercent(value) : fmt.exact(value);
  };
  put('goal.customers', source.goal.customers);
  put('goal.revenue', source.goal.revenue);
  put('goal.dealValue', source.goal.dealValue);
  put('historyMonths', source.historyMonths);
  put('volume.count', source.volume.count);
  const modes = source.conversions.map((conversion, index) => {
    put(conversionField(index, 'fromCount'), conversion.fromCount);
    put(conversionField(index, 'toCount'), conversion.toCount);
    put(conversionField(index, 'rate'), conversion.rate, true);
    return conversion.rate === undefined ? 'counts' : 'rate';
  });
  return {
    view: source.view === 'forecast' ? 'forecast' : 'plan',
    goalKind: source.goal.revenue !== undefined ? 'revenue' : 'customers',
    period: PERIODS.includes(source.periodMonths) ? source.periodMonths : 1,
    confidence: CONFIDENCES.includes(source.confidence) ? source.confidence : null,
    stages: [...source.stages],
    modes,
    texts,
    volumeStage: Math.min(Math.max(0, Math.trunc(source.volume.stage) || 0), source.stages.length - 2),
  };
}

function conversionsOf(state, values) {
  return state.modes.map((mode, index) => (mode === 'rate'
    ? { rate: values[conversionField(index, 'rate')] }
    : { fromCount: values[conversionField(index, 'fromCount')], toCount: values[conversionField(index, 'toCount')] }));
}

// The request for the core: plan() or forecast(), from the values that parsed.
export function requestOf(state, values, lang) {
  const conversions = conversionsOf(state, values);
  if (state.view === 'forecast') {
    return { locale: lang, stages: state.stages, conversions, volume: { stage: state.volumeStage, count: values['volume.count'] } };
  }
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
  };
}

// The state for a share link: the choices and every number that parsed.
export function sharedOf(state, values, lang) {
  const goal = state.goalKind === 'revenue'
    ? { revenue: values['goal.revenue'], dealValue: values['goal.dealValue'] }
    : { customers: values['goal.customers'] };
  return {
    view: state.view,
    lang,
    goal,
    periodMonths: state.period,
    stages: [...state.stages],  // a snapshot: the link may be written later
    conversions: conversionsOf(state, values),
    historyMonths: values.historyMonths,
    confidence: state.confidence ?? undefined,
    volume: { stage: state.volumeStage, count: values['volume.count'] },
  };
}
