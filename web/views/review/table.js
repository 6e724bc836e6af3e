// The review's input table: a row per month of the period, a field per stage
// (data-field "review.2026-03[1]": the month, then the stage, so that a
// changed period never changes what a typed number means), and the fields
// of the offsets between stages. Built again only when the months or the
// stages change, so that no field is replaced while someone types in it.

export const cellField = (month, stage) => `review.${month}[${stage}]`;
export const lagField = (index) => `reviewLag[${index}]`;

// A month as a number of months since year 0, and back.
const indexOf = (month) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - 1;
const monthOf = (index) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

// `count` months from `first` on ("YYYY-MM"); a negative count: the months before it, oldest first.
export function monthsFrom(first, count) {
  const start = indexOf(first) + Math.min(0, count);
  return Array.from({ length: Math.abs(count) }, (_, i) => monthOf(start + i));
}

// "YYYY-MM" from `from` to `to`, at most `most` of them (the latest).
export function monthsBetween(from, to, most = 60) {
  const count = Math.max(0, indexOf(to) - indexOf(from) + 1);
  return monthsFrom(monthOf(indexOf(to) - Math.min(count, most) + 1), Math.min(count, most));
}

// "März 2027" / "Mär 27" from "2027-03".
export function monthLabel(month, strings, short = false) {
  const [year, number] = month.split('-').map(Number);
  return short ? `${strings.shortMonths[number - 1]} ${String(year).slice(2)}` : `${strings.months[number - 1]} ${year}`;
}

function input(id, field, texts) {
  const box = document.createElement('input');
  Object.assign(box, { id, inputMode: 'numeric', value: texts[field] ?? '' });
  box.dataset.field = field;
  box.toggleAttribute('data-optional', true);
  box.setAttribute('aria-describedby', `${id}-error`);
  return box;
}

const errorBox = (id) => Object.assign(document.createElement('p'), { className: 'error', id: `${id}-error`, hidden: true });

// The table for `months` and the state's stages, each field showing its text as kept.
export function buildTable(table, months, state) {
  const key = `${months[0]}|${months.length}|${state.stages.length}`;
  if (table.dataset.built === key) return;
  table.dataset.built = key;
  const head = document.createElement('tr');
  head.append(document.createElement('th'), ...state.stages.map(() => document.createElement('th')));
  const rows = months.map((month) => {
    const row = document.createElement('tr');
    row.dataset.month = month;
    const name = document.createElement('th');
    name.scope = 'row';
    row.append(name, ...state.stages.map((_, stage) => {
      const cell = document.createElement('td');
      const id = `review-cell-${month}-${stage}`;
      cell.append(input(id, cellField(month, stage), state.texts), errorBox(id));
      return cell;
    }));
    return row;
  });
  table.replaceChildren(document.createElement('thead'), document.createElement('tbody'));
  table.tHead.append(head);
  table.tBodies[0].append(...rows);
}

// The table's words: the stages over the columns, each month's name, each field's accessible name.
export function labelTable(table, { strings, fmt, stages }) {
  const names = stages.map((name) => fmt.stage(name, 2));
  const head = table.tHead?.rows[0];
  if (!head) return;
  head.cells[0].textContent = strings.month;
  names.forEach((name, s) => { head.cells[s + 1].textContent = name; });
  for (const row of table.tBodies[0].rows) {
    row.cells[0].textContent = monthLabel(row.dataset.month, strings, true);
    [...row.querySelectorAll('input')].forEach((field, s) => field.setAttribute('aria-label', `${names[s]}, ${monthLabel(row.dataset.month, strings)}`));
  }
}

// A field per conversion: the months between its two stages.
export function buildLags(list, { strings, fmt, stages, texts }) {
  const count = stages.length - 1;
  if (list.childElementCount !== count) {
    list.replaceChildren(...Array.from({ length: count }, (_, index) => {
      const box = document.createElement('div');
      box.className = 'field compact';
      const id = `review-lag-${index}`;
      const label = Object.assign(document.createElement('label'), { htmlFor: id });
      const field = input(id, lagField(index), texts);
      field.placeholder = '0';
      box.append(label, field, errorBox(id));
      return box;
    }));
  }
  list.querySelectorAll('label').forEach((label, index) => {
    label.textContent = strings.lagLabel(fmt.stage(stages[index], 2), fmt.stage(stages[index + 1], 2));
  });
}
