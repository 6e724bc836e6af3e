// The channels view: a funnel per channel with what it cost, the cost of a
// lead at each stage and of a customer, the cheapest mix of channels that
// reaches the plan's goal against today's mix, and what a budget brings
// (core.channels, in a WebAssembly module of its own, funnel-channels). The view
// contract is in docs/architecture.md.
import { mixBars } from './chart.js';
import { moduleLoader } from '../shared/module-loader.js';
import { budgetLines, fillCosts, fillMix, mixSentence, nameOf, warningItems } from './render.js';
import { answerChannels, channelField, channelsRequest, rowFields } from './request.js';
import { buildTable, labelTable, removeRow } from './table.js';
import { STRINGS } from './strings.js';
import { STYLES } from './styles.js';
import { TEMPLATE } from './template.js';

const MOST_CHANNELS = 12;
// The channels' own WebAssembly module: in the page's module it added 9.3 KB gzip to every first load.
const channels = moduleLoader('funnel-channels', 'createFunnelChannels');

class ChannelsView {
  #panel;
  #shell;
  #shown = null;  // { result, request } of the last answer drawn
  #historyMonths;  // the plan's history window as last read: an import's channels are summed over it

  constructor(panel, shell) {
    this.#panel = panel;
    this.#shell = shell;
    panel.addEventListener('input', (event) => this.#typed(event.target));
    panel.addEventListener('paste', (event) => this.#paste(event));
  }

  #part(name) { return this.#panel.querySelector(`#channels-${name}`); }

  // A channel's name is the view's to keep (it is no field the core reads).
  #typed(target) {
    if (target.dataset.channelName === undefined) return;
    this.#shell.state.channels.names[Number(target.dataset.channelName)] = target.value;
    this.#shell.refresh();
  }

  // A row copied from a sheet into a field of the table: its numbers go into that row's fields from there on
  // (counts, spend, ceiling), each read by the core (core.readRow) and then by its field as if typed.
  #paste(event) {
    const field = event.target.dataset?.field ?? '';
    const row = /^channel\[(\d+)\]\./.exec(field);
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!row || !/[\t;\r\n]/.test(text.trim())) return;
    const { core, lang, state } = this.#shell;
    const fmt = this.#shell.fmt();
    const read = core.readRow({ text, locale: lang, currency: fmt.currency, stages: state.stages });
    if (!read.ok || read.values.length < 2) return;  // not a row of numbers: it goes in as pasted, and is said
    event.preventDefault();
    const fields = rowFields(state, Number(row[1]));
    const used = fields.slice(fields.indexOf(field)).slice(0, read.values.length);
    used.forEach((target, k) => {
      state.texts[target] = fmt.exact(read.values[k]);
      this.#panel.querySelector(`input[data-field="${CSS.escape(target)}"]`).value = state.texts[target];
    });
    this.#part('filled').textContent = this.#shell.strings().pastedRow(used.length, read.values.length - used.length);
    this.#shell.refresh();
  }

  label() {
    const strings = this.#shell.strings();
    const fmt = this.#shell.fmt();
    const { state } = this.#shell;
    this.#part('goal').textContent = strings.goalLine(this.#goalText(fmt), strings.periods[state.period], state.texts.historyMonths?.trim() || '–');
    this.#part('budget-label').textContent = strings.budgetLabel(fmt.currencySymbol);
    const table = this.#part('table');
    buildTable(table, state);
    labelTable(table, { strings, fmt, state });
    this.#part('add').hidden = state.channels.names.length >= MOST_CHANNELS;
    this.#part('from-import').hidden = !state.imported?.channels?.length;
    this.#part('method').replaceChildren(...strings.method.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  }

  // The plan's goal as typed, for its period (the request converts a longer period to a month).
  #goalText(fmt) {
    const { state } = this.#shell;
    const typed = (field) => state.texts[field]?.trim() || '–';
    if (state.goalKind === 'revenue') return `${typed('goal.revenue')} ${fmt.currencySymbol}`;
    return `${typed('goal.customers')} ${fmt.stage(state.stages.at(-1), 2)}`;
  }

  sync() {}

  // A channel typed in counts or in rates (its fields of the other mode are kept for a switch back).
  change(target) {
    if (target.dataset.channelMode === undefined) return false;
    this.#shell.state.channels.modes[Number(target.dataset.channelMode)] = target.value;
    return true;
  }

  click(target) {
    const { state } = this.#shell;
    if (target.id === 'channels-add') {
      state.channels.names.push(this.#shell.strings().newChannel);
      state.channels.modes.push('counts');
    } else if (target.id === 'channels-from-import') {
      this.#fromImport();
    } else if (target.dataset.removeChannel !== undefined) {
      removeRow(state, Number(target.dataset.removeChannel));
      this.#part('table').dataset.built = '';  // every row below moved up
    } else {
      return false;
    }
    this.label();
    this.#shell.refresh();
    return true;
  }

  // The import's channels as the table's rows: each stage's count over the plan's history window (the core
  // sums them: core.importedChannels), their cost left to type.
  #fromImport() {
    const { state } = this.#shell;
    const fmt = this.#shell.fmt();
    const read = channels.module().importedChannels({ channels: state.imported.channels.slice(0, MOST_CHANNELS), months: this.#historyMonths ?? 12 });
    if (!read.ok) return;
    for (const field of Object.keys(state.texts)) if (field.startsWith('channel[')) delete state.texts[field];
    state.channels.names = read.channels.map((channel) => channel.name);
    state.channels.modes = read.channels.map(() => 'counts');
    read.channels.forEach((channel, i) => channel.counts.forEach((count, s) => {
      if (s < state.stages.length) state.texts[channelField(i, 'count', s)] = fmt.exact(count);
    }));
    this.#part('table').dataset.built = '';
    this.#part('filled').textContent = this.#shell.strings().imported(read.channels.length);
  }

  request(values) {
    const { state, lang, core } = this.#shell;
    const fromMonths = state.period;
    // The plan's goal per month: a quarter's or a year's converted by the core (rounded up to whole customers).
    const perMonth = (field) => {
      if (values[field] === undefined || fromMonths === 1) return values[field];
      const converted = core.convertGoal({ field, value: values[field], fromMonths, toMonths: 1, locale: lang });
      return converted.ok ? converted.value : undefined;
    };
    const goal = state.goalKind === 'revenue'
      ? { revenue: perMonth('goal.revenue'), dealValue: values['goal.dealValue'] }
      : { customers: perMonth('goal.customers') };
    this.#historyMonths = values.historyMonths;
    return { call: 'channels', input: channelsRequest(state, values, lang, { goal, historyMonths: values.historyMonths }) };
  }

  answer(input) {
    const result = answerChannels(channels.module(), input);
    if (result.ok) return result;
    const strings = this.#shell.strings();
    const fmt = this.#shell.fmt();
    return {
      ...result,
      errors: result.errors.map((error) => (error.code === 'unreachable' ? { ...error, message: strings.unreachable(fmt.oneDecimal(error.maxCustomers)) } : error)),
    };
  }

  rateOf() {
    return undefined;
  }

  render(result, values, request) {
    const strings = this.#shell.strings();
    const fmt = this.#shell.fmt();
    const { state } = this.#shell;
    this.#part('empty').hidden = !result.empty;
    this.#part('shown').hidden = Boolean(result.empty);
    this.#panel.dataset.empty = String(Boolean(result.empty));
    this.#shown = result.empty ? null : { result, request };
    if (result.empty) return strings.emptySummary;
    const context = { fmt, strings, names: state.channels.names, stages: state.stages };
    const customers = `${fmt.whole(result.customers)} ${fmt.stage(state.stages.at(-1), result.customers)}`;
    const sentence = mixSentence(result, { ...context, customers });
    this.#part('sentence').textContent = sentence;
    fillCosts(this.#part('costs'), result, context);
    this.#part('mix-note').textContent = strings.mixNote(customers);
    this.#part('bars').replaceChildren(mixBars({
      rows: result.channels.map((channel, i) => ({
        name: nameOf(result, i, context.names), today: result.today.spend[i], recommended: channel.mix.spend,
        todayText: fmt.estimate(result.today.spend[i]), recommendedText: fmt.estimate(channel.mix.spend),
      })),
      width: this.#shell.chartWidth(), labels: { today: strings.today, recommended: strings.recommended },
      title: strings.mixTitle, description: sentence, id: 'channels-chart',
    }));
    fillMix(this.#part('mix'), result, context);
    this.#part('budget-box').hidden = !result.budget;
    if (result.budget) {
      const { budget } = result;
      this.#part('budget-result').textContent = strings.budgetResult(fmt.estimate(request.input.budget), fmt.whole(Math.round(budget.customers)), fmt.whole(budget.low), fmt.whole(budget.high));
      this.#part('budget-list').replaceChildren(...budgetLines(result, context));
    }
    this.#part('warnings-box').hidden = result.warnings.length === 0;
    this.#part('warnings').replaceChildren(...warningItems(result, context));
    return sentence;
  }

  get exports() {
    const strings = this.#shell.strings();
    return [{ id: 'csv', text: strings.csv }, { id: 'markdown', text: strings.markdown }];
  }

  async export(id) {
    if (!this.#shown) return;
    const { result } = this.#shown;
    const strings = this.#shell.strings();
    const fmt = this.#shell.fmt();
    const { state } = this.#shell;
    const context = {
      core: this.#shell.core, lang: this.#shell.lang, fmt, strings, names: state.channels.names, stages: state.stages,
      sentence: this.#part('sentence').textContent, link: this.#shell.link(), today: fmt.date(new Date()),
    };
    const { channelsCsv, channelsMarkdown } = await import('./export.js');  // loaded on the first export
    if (id === 'csv') this.#shell.download(channelsCsv(result, context), { name: 'funnel-kanaele.csv', type: 'text/csv;charset=utf-8' });
    else this.#shell.copy(channelsMarkdown(result, context), strings.markdownDone);
  }

  stop() {}
}

// How a notice (a link's part it could not take over) names a field of this view.
function fieldLabel(field, { strings, state }) {
  const row = /^channel(?:Names|Fields)\[(\d+)\]/.exec(field);
  if (row) return `${strings.inputsTitle}: ${state.channels.names[Number(row[1])] || strings.channelName(Number(row[1]) + 1)}`;
  if (field === 'channelNames' || field === 'channelFields') return strings.inputsTitle;
  return field === 'budget' ? strings.budgetLabel('') : null;
}

export default {
  id: 'channels',
  fieldLabel,
  styles: STYLES,
  template: TEMPLATE,
  strings: STRINGS,
  prepare: channels.prepare,
  create: (panel, shell) => new ChannelsView(panel, shell),
};
