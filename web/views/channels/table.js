// The channel table: a row per channel with its name, its count at each
// stage, its cost in the history window and its ceiling, and a button that
// removes it. Built again only when the channels or the stages change, so
// that no field is replaced while someone types in it.
import { channelField, channelRateField } from './request.js';

function cellInput(id, field, texts) {
  const input = Object.assign(document.createElement('input'), { id, inputMode: 'decimal', value: texts[field] ?? '' });
  input.dataset.field = field;
  input.toggleAttribute('data-optional', true);
  input.setAttribute('aria-describedby', `${id}-error`);
  return input;
}

const errorBox = (id) => Object.assign(document.createElement('p'), { className: 'error', id: `${id}-error`, hidden: true });
const cellOf = (...children) => {
  const cell = document.createElement('td');
  cell.append(...children);
  return cell;
};

export function buildTable(table, state) {
  const { names } = state.channels;
  const key = `${names.length}|${state.stages.length}`;
  if (table.dataset.built === key) return;
  table.dataset.built = key;
  const head = document.createElement('tr');
  head.append(...Array.from({ length: state.stages.length + 4 }, () => document.createElement('th')));
  const rows = names.map((name, i) => {
    const row = document.createElement('tr');
    const nameInput = Object.assign(document.createElement('input'), { id: `channels-name-${i}`, value: name, className: 'name' });
    nameInput.dataset.channelName = i;
    // Each stage's count; below the top, the rate into the stage beside it, one shown by the row's mode.
    const counts = state.stages.map((_, s) => {
      const id = `channels-count-${i}-${s}`;
      const cell = cellOf(cellInput(id, channelField(i, 'count', s), state.texts), errorBox(id));
      if (s > 0) {
        const rateId = `channels-rate-${i}-${s - 1}`;
        const rate = cellInput(rateId, channelRateField(i, s - 1), state.texts);
        rate.classList.add('rate');
        cell.append(rate, errorBox(rateId));
      }
      return cell;
    });
    const mode = Object.assign(document.createElement('select'), { id: `channels-mode-${i}`, className: 'mode' });
    mode.dataset.channelMode = i;
    const spend = `channels-spend-${i}`;
    const max = `channels-max-${i}`;
    const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'remove', textContent: '×' });
    remove.dataset.removeChannel = i;
    row.append(cellOf(nameInput, mode), ...counts, cellOf(cellInput(spend, channelField(i, 'spend'), state.texts), errorBox(spend)),
      cellOf(cellInput(max, channelField(i, 'max'), state.texts), errorBox(max)), cellOf(remove));
    return row;
  });
  table.replaceChildren(document.createElement('thead'), document.createElement('tbody'));
  table.tHead.append(head);
  table.tBodies[0].append(...rows);
}

// The table's words: the stages, the spend in the currency, the ceiling, each field's accessible name.
export function labelTable(table, { strings, fmt, state }) {
  const head = table.tHead?.rows[0];
  if (!head) return;
  const stages = state.stages.map((name) => fmt.stage(name, 2));
  const columns = [strings.channel, ...stages, strings.spend(fmt.currencySymbol), strings.ceiling(stages[0])];
  columns.forEach((text, k) => { head.cells[k].textContent = text; });
  // The remove buttons' column: named for screen readers, empty on screen.
  head.cells[columns.length].replaceChildren(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: strings.removeColumn }));
  [...table.tBodies[0].rows].forEach((row, i) => {
    const name = state.channels.names[i] || strings.channelName(i + 1);
    row.querySelector('input.name').setAttribute('aria-label', strings.channelName(i + 1));
    for (const input of row.querySelectorAll('input[data-field]:not(.rate)')) {
      const count = /\.count\[(\d+)\]$/.exec(input.dataset.field);
      const column = count ? Number(count[1]) + 1 : input.dataset.field.endsWith('.spend') ? stages.length + 1 : stages.length + 2;
      input.setAttribute('aria-label', `${name}: ${columns[column]}`);
    }
    row.querySelector('.remove').setAttribute('aria-label', strings.remove(name));
    // Counts or rates: the row shows the fields of its mode.
    const byRate = state.channels.modes[i] === 'rate';
    const mode = row.querySelector('select.mode');
    if (mode.options.length === 0) mode.append(new Option(strings.modeCounts, 'counts'), new Option(strings.modeRates, 'rate'));
    [mode.options[0].text, mode.options[1].text] = [strings.modeCounts, strings.modeRates];
    mode.value = byRate ? 'rate' : 'counts';
    mode.setAttribute('aria-label', `${name}: ${strings.modeLabel}`);
    for (const input of row.querySelectorAll('input[data-field]')) {
      const isRate = input.classList.contains('rate');
      const isCount = /\.count\[[1-9]\d*\]$/.test(input.dataset.field);
      input.hidden = (byRate && isCount) || (!byRate && isRate);
      if (isRate) {
        const s = Number(/\]\[(\d+)\]$/.exec(input.dataset.field)[1]);
        input.placeholder = '%';
        input.setAttribute('aria-label', `${name}: ${strings.rateOf(stages[s], stages[s + 1])}`);
      }
    }
    row.querySelector('.remove').hidden = state.channels.names.length <= 1;
  });
}

// The texts of the rows below `index` one row up, for a removed channel.
export function removeRow(state, index) {
  const { names } = state.channels;
  const parts = (i) => [...state.stages.map((_, s) => channelField(i, 'count', s)), channelField(i, 'spend'), channelField(i, 'max'),
    ...state.stages.slice(1).map((_, s) => channelRateField(i, s))];
  for (let i = index; i < names.length; i += 1) {
    const [to, from] = [parts(i), parts(i + 1)];
    to.forEach((field, k) => {
      if (i + 1 < names.length && state.texts[from[k]] !== undefined) state.texts[field] = state.texts[from[k]];
      else delete state.texts[field];
    });
  }
  names.splice(index, 1);
  state.channels.modes.splice(index, 1);
}
