// The forecast view: this period's leads at one stage, and what they are
// expected to turn into further down, with an 80 % range, what the customers
// are worth and how that compares with the plan's goal (core.forecast).
// Loaded when first opened. The view contract is in docs/architecture.md.
import { forecastRequest } from './request.js';
import { STRINGS } from './strings.js';
import { STYLES } from './styles.js';
import { TEMPLATE } from './template.js';

class ForecastView {
  #panel;
  #shell;

  constructor(panel, shell) {
    this.#panel = panel;
    this.#shell = shell;
  }

  #part(name) { return this.#panel.querySelector(`#forecast-${name}`); }
  #stageChoice() { return this.#part('volume-stage'); }

  // The stages the volume can be at (any but the last, by their plural
  // names), and the labels that name the period and the currency.
  label() {
    const fmt = this.#shell.fmt();
    const strings = this.#shell.strings();
    const { stages, volumeStage, period } = this.#shell.state;
    const choice = this.#stageChoice();
    choice.replaceChildren(...stages.slice(0, -1).map((name, index) => new Option(fmt.stage(name, 2), String(index))));
    choice.value = String(volumeStage);
    for (const option of this.#part('period').options) option.textContent = strings.periods[option.value];
    this.#part('volume-label').textContent = strings.volumeLabel(strings.periods[period]);
    this.#part('title').textContent = strings.forecastTitle(strings.periods[period]);
    this.#part('deal-label').textContent = strings.dealLabel(fmt.currencySymbol);
  }

  sync() {
    this.#stageChoice().value = String(this.#shell.state.volumeStage);
    this.#part('period').value = String(this.#shell.state.period);
  }

  change(target) {
    if (target.id === 'forecast-volume-stage') this.#shell.state.volumeStage = Number(target.value);
    else if (target.id === 'forecast-period') this.#shell.changePeriod(Number(target.value));
    else return false;
    return true;
  }

  request(values) {
    return { call: 'forecast', input: forecastRequest(this.#shell.state, values, this.#shell.lang, this.#shell.funnel(values)) };
  }

  rateOf() {
    return undefined;
  }

  render(forecast, values, request) {
    const fmt = this.#shell.fmt();
    const strings = this.#shell.strings();
    const stages = forecast.stages.map((stage, index) => (index === 0
      ? { count: fmt.whole(stage.expected), name: fmt.stage(stage.name, stage.expected), meta: [[{ text: strings.given }]] }
      : { count: `≈ ${fmt.whole(stage.expected)}`, name: fmt.stage(stage.name, 2),
        meta: [[{ text: strings.forecastRange(fmt.whole(stage.low), fmt.whole(stage.high)), kind: 'range' }]] }));
    const figure = this.#panel.querySelector('#forecast-chart');
    const sentence = this.#shell.drawFunnel(figure, { stages, rates: [] });
    this.#outcome(forecast, request, fmt, strings);
    return sentence;
  }

  // What the customers are worth, and the goal they are measured against.
  #outcome(forecast, request, fmt, strings) {
    const rows = [];
    const { revenue, goal } = forecast;
    if (revenue) rows.push([strings.revenueLabel, strings.revenue(fmt.estimate(revenue.expected), fmt.estimate(revenue.low), fmt.estimate(revenue.high))]);
    if (goal) {
      const customers = forecast.stages[forecast.stages.length - 1];
      const compared = request.goal.revenue !== undefined && revenue
        ? strings.revenueCompared(fmt.estimate(revenue.expected), fmt.money(request.goal.revenue))
        : strings.goalCompared(fmt.oneDecimal(customers.expected), fmt.whole(goal.customers), fmt.stage(customers.name, goal.customers), fmt.wholePercent(goal.share));
      rows.push([strings.goalLabel, compared], [strings.chanceLabel, fmt.probability(goal.probability)]);
    }
    this.#shell.definitions(this.#part('outcome'), rows);
  }

  get exports() { return []; }

  stop() {}
}

// How a notice names a field of this view. context: { strings (the view's), fmt, state }.
function fieldLabel(field, { strings, fmt, state }) {
  const volume = () => strings.volumeLabel(strings.periods[state.period]);
  const labels = { volume, 'volume.count': volume, 'volume.stage': () => strings.volumeStageLabel, dealValue: () => strings.dealLabel(fmt.currencySymbol) };
  return Object.hasOwn(labels, field) ? labels[field]() : null;
}

export default {
  id: 'forecast',
  fieldLabel,
  styles: STYLES,
  template: TEMPLATE,
  strings: STRINGS,
  create: (panel, shell) => new ForecastView(panel, shell),
};
