// The forecast view: this month's leads at one stage, and what they are
// expected to turn into further down, with an 80 % range (core.forecast).
// Loaded when first opened. The view contract is in docs/architecture.md.
import { forecastRequest } from './request.js';
import { STRINGS } from './strings.js';
import { TEMPLATE } from './template.js';

class ForecastView {
  #panel;
  #shell;

  constructor(panel, shell) {
    this.#panel = panel;
    this.#shell = shell;
  }

  #stageChoice() { return this.#panel.querySelector('#forecast-volume-stage'); }

  // The stages the volume can be at: any but the last, by their plural names.
  label() {
    const fmt = this.#shell.fmt();
    const { stages, volumeStage } = this.#shell.state;
    const choice = this.#stageChoice();
    choice.replaceChildren(...stages.slice(0, -1).map((name, index) => new Option(fmt.stage(name, 2), String(index))));
    choice.value = String(volumeStage);
  }

  sync() {
    this.#stageChoice().value = String(this.#shell.state.volumeStage);
  }

  change(target) {
    if (target.id !== 'forecast-volume-stage') return false;
    this.#shell.state.volumeStage = Number(target.value);
    return true;
  }

  request(values) {
    return { call: 'forecast', input: forecastRequest(this.#shell.state, values, this.#shell.lang, this.#shell.funnel(values)) };
  }

  rateOf() {
    return undefined;
  }

  render(forecast) {
    const fmt = this.#shell.fmt();
    const strings = this.#shell.strings();
    const stages = forecast.stages.map((stage, index) => (index === 0
      ? { count: fmt.whole(stage.expected), name: fmt.stage(stage.name, stage.expected), meta: [[{ text: strings.given }]] }
      : { count: `≈ ${fmt.whole(stage.expected)}`, name: fmt.stage(stage.name, 2),
        meta: [[{ text: strings.forecastRange(fmt.whole(stage.low), fmt.whole(stage.high)), kind: 'range' }]] }));
    const figure = this.#panel.querySelector('#forecast-chart');
    return this.#shell.drawFunnel(figure, { stages, rates: [] });
  }

  get exports() { return []; }

  stop() {}
}

// How a notice names a field of this view. context: { strings (the view's) }.
function fieldLabel(field, { strings }) {
  const labels = { volume: strings.volumeLabel, 'volume.count': strings.volumeLabel, 'volume.stage': strings.volumeStageLabel };
  return Object.hasOwn(labels, field) ? labels[field] : null;
}

export default {
  id: 'forecast',
  fieldLabel,
  styles: '',
  template: TEMPLATE,
  strings: STRINGS,
  create: (panel, shell) => new ForecastView(panel, shell),
};
