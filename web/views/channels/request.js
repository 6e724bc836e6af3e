// The channels view's request for core.channels() and its answer. A channel
// row is its counts per stage (each conversion from one stage's count to the
// next's), what it cost in the history window, and its ceiling; a row with
// nothing typed is left out, and no row at all is the empty answer.

// The fields of a channel: its count at each stage, its spend and its ceiling.
export const channelField = (index, part, stage) => (stage === undefined ? `channel[${index}].${part}` : `channel[${index}].${part}[${stage}]`);
// A channel typed in rates: the rate of each conversion (its top-stage leads are its count[0]).
export const channelRateField = (index, conversion) => `channelRate[${index}][${conversion}]`;
// The fields a row holds, in the mode it is typed in.
export const rowFields = (state, i) => (state.channels.modes[i] === 'rate'
  ? [channelField(i, 'count', 0), ...state.stages.slice(1).map((_, s) => channelRateField(i, s)), channelField(i, 'spend'), channelField(i, 'max')]
  : [...state.stages.map((_, s) => channelField(i, 'count', s)), channelField(i, 'spend'), channelField(i, 'max')]);

// state: the planner's; values: the fields that parsed; goal: the plan's goal per month ({ customers } or
// { revenue, dealValue }, converted by the core when the plan's period is longer); historyMonths: the plan's.
export function channelsRequest(state, values, lang, { goal, historyMonths }) {
  const stageCount = state.stages.length;
  const rows = [];
  state.channels.names.forEach((name, i) => {
    if (rowFields(state, i).every((field) => !state.texts[field]?.trim())) return;  // a row left empty
    const count = (s) => values[channelField(i, 'count', s)];
    const byRate = state.channels.modes[i] === 'rate';
    const channel = {
      name,
      conversions: Array.from({ length: stageCount - 1 }, (_, s) => (byRate
        ? { rate: values[channelRateField(i, s)] ?? null } : { fromCount: count(s), toCount: count(s + 1) })),  // null: empty, by rate
      spend: values[channelField(i, 'spend')],
    };
    if (byRate) channel.topCount = count(0);
    if (values[channelField(i, 'max')] !== undefined) channel.maxPerMonth = values[channelField(i, 'max')];
    rows.push({ index: i, channel });
  });
  const input = { locale: lang, stages: state.stages, goal, historyMonths, channels: rows.map(({ channel }) => channel) };
  if (values.budget !== undefined) input.budget = values.budget;
  return { input, rows: rows.map(({ index }) => index) };
}

// Where each of the core's error paths is on the page (rows: the table's row of each channel sent).
function fieldOf(path, rows) {
  const match = /^channels\[(\d+)\]\.(?:conversions\[(\d+)\]\.(fromCount|toCount|rate)|(spend|maxPerMonth|name|conversions|topCount))$/.exec(path);
  if (!match) return path.startsWith('goal') || path === 'historyMonths' ? 'channels.goal' : path === 'budget' ? 'budget' : 'channels.list';
  const row = rows[Number(match[1])];
  if (match[3] === 'rate') return channelRateField(row, Number(match[2]));
  if (match[3]) return channelField(row, 'count', Number(match[2]) + (match[3] === 'toCount' ? 1 : 0));
  const parts = { spend: channelField(row, 'spend'), maxPerMonth: channelField(row, 'max'), topCount: channelField(row, 'count', 0) };
  return parts[match[4]] ?? 'channels.list';
}

// The answer: core.channels()'s with `rows` (each answer channel's table row), or { ok: true, empty: true }
// before any row holds a number; errors at the fields of the table.
export function answerChannels(module, { input, rows }) {
  if (rows.length === 0) return { ok: true, empty: true };
  const result = module.channels(input);
  if (!result.ok) return { ...result, errors: result.errors.map((error) => ({ ...error, field: fieldOf(error.field, rows) })) };
  return { ...result, rows };
}
