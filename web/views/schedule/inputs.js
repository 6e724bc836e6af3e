// The schedule view's fields that depend on the funnel (the days between each
// pair of stages, the counts so far per stage) and the twelve weights of a
// season of one's own; and its inputs as label/text rows for the printout and
// the exports.
import { monthLabel } from './render.js';

export const weightField = (month) => `seasonality[${month}]`;
const lagField = (index) => `lagDays[${index}]`;
const actualField = (index) => `pace.actual[${index}]`;

// A field as the cycle reads it: data-field is the core's path; its message goes to "<id>-error".
function field(id, path, { optional = true, compact = false } = {}) {
  const box = document.createElement('div');
  box.className = compact ? 'field compact' : 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  const input = document.createElement('input');
  Object.assign(input, { id, inputMode: 'decimal' });
  input.dataset.field = path;
  input.toggleAttribute('data-optional', optional);
  input.setAttribute('aria-describedby', `${id}-error`);
  const error = Object.assign(document.createElement('p'), { className: 'error', id: `${id}-error`, hidden: true });
  box.append(label, input, error);
  return box;
}

// Builds the fields a list needs (count of them), each showing its text as
// kept; only when the count changed, so that no field is replaced while in use.
function build(list, count, make, texts) {
  if (list.childElementCount === count) return;
  list.replaceChildren(...Array.from({ length: count }, (_, index) => {
    const box = make(index);
    const input = box.querySelector('input');
    input.value = texts[input.dataset.field] ?? '';
    return box;
  }));
}

export function scheduleFields(panel, shell, strings) {
  const { state } = shell;
  const fmt = shell.fmt();
  const stage = (index) => fmt.stage(state.stages[index], 2);
  const lags = panel.querySelector('#schedule-lags');
  build(lags, state.stages.length - 1, (index) => field(`schedule-lag-${index}`, lagField(index)), state.texts);
  lags.querySelectorAll('label').forEach((label, index) => { label.textContent = strings.lagLabel(stage(index), stage(index + 1)); });
  const actuals = panel.querySelector('#schedule-actuals');
  build(actuals, state.stages.length, (index) => field(`schedule-actual-${index}`, actualField(index), { compact: true }), state.texts);
  actuals.querySelectorAll('label').forEach((label, index) => { label.textContent = stage(index); });
  const weights = panel.querySelector('#schedule-weights');
  build(weights, 12, (month) => field(`schedule-weight-${month}`, weightField(month), { optional: false, compact: true }), state.texts);
  weights.querySelectorAll('label').forEach((label, month) => { label.textContent = strings.shortMonths[month]; });
}

// What the schedule shown rests on, as the request holds it: [{ label, text }].
export function inputRows(request, shell, strings) {
  const fmt = shell.fmt();
  const { schedule } = request;
  const { stages } = schedule;
  const goal = schedule.goal.revenue !== undefined
    ? strings.revenueOf(fmt.money(schedule.goal.revenue), fmt.money(schedule.goal.dealValue), strings.periods[schedule.periodMonths])
    : strings.goalOf(fmt.whole(schedule.goal.customers), fmt.stage(stages.at(-1), schedule.goal.customers), strings.periods[schedule.periodMonths]);
  const season = schedule.seasonality
    ? schedule.seasonality.map((weight, month) => `${strings.shortMonths[month]} ${fmt.exact(weight)}`).join(', ')
    : strings.seasons.flat;
  return [
    { label: strings.goalLabel, text: goal },
    { label: strings.startLabel, text: monthLabel(schedule.start, strings) },
    { label: strings.horizonLabel, text: strings.horizon(schedule.months) },
    { label: strings.seasonLabel, text: season },
    { label: strings.growthLabel, text: schedule.growth === undefined ? strings.noGrowth : fmt.exactPercent(schedule.growth) },
    ...schedule.lagDays.map((days, index) => ({
      label: `${strings.lagTitle}: ${strings.lagLabel(fmt.stage(stages[index], 2), fmt.stage(stages[index + 1], 2))}`,
      text: days === 0 ? strings.noLag : strings.days(fmt.exact(days), days === 1),
    })),
  ];
}
