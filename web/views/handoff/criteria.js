// The criteria table: a row per criterion with a tick for the lead check,
// its name, its group (fit or behaviour), its points and buttons that move
// or remove it. Built again only when criteria are added, removed or moved,
// so that no field is replaced while someone types in it; and the edits,
// each moving a criterion's points text and tick with it.
import { criterionField } from './request.js';

const element = (tag, props = {}, data = {}) => {
  const node = Object.assign(document.createElement(tag), props);
  Object.assign(node.dataset, data);
  return node;
};
const cellOf = (...children) => {
  const cell = document.createElement('td');
  cell.append(...children);
  return cell;
};

export function buildCriteria(table, handoff, texts) {
  const key = `${handoff.criteria.length}|${handoff.order ?? 0}`;
  if (table.dataset.built === key) return;
  table.dataset.built = key;
  const rows = handoff.criteria.map((criterion, i) => {
    const row = document.createElement('tr');
    row.dataset.group = criterion.group;
    const tick = element('input', { type: 'checkbox', id: `handoff-met-${i}`, checked: handoff.met[i] }, { criterionMet: i });
    const name = element('input', { id: `handoff-name-${i}`, value: criterion.name, className: 'name', maxLength: 80 }, { criterionName: i });
    const group = element('select', { id: `handoff-group-${i}`, className: 'group-choice' }, { criterionGroup: i });
    const pointsId = `handoff-points-${i}`;
    const points = element('input', { id: pointsId, inputMode: 'numeric', value: texts[criterionField(i)] ?? '', className: 'points' }, { field: criterionField(i) });
    points.setAttribute('aria-describedby', `${pointsId}-error`);
    const error = element('p', { className: 'error', id: `${pointsId}-error`, hidden: true });
    const button = (text, className, data) => element('button', { type: 'button', textContent: text, className }, data);
    row.append(cellOf(tick), cellOf(name), cellOf(group), cellOf(points, error),
      cellOf(button('↑', 'move', { moveCriterion: `${i}:-1` }), button('↓', 'move', { moveCriterion: `${i}:1` }), button('×', 'move remove', { removeCriterion: i })));
    return row;
  });
  table.replaceChildren(document.createElement('thead'), document.createElement('tbody'));
  const head = document.createElement('tr');
  head.append(...Array.from({ length: 5 }, () => document.createElement('th')));
  table.tHead.append(head);
  table.tBodies[0].append(...rows);
}

// The table's words: the header, each field's and button's accessible name, the groups' names.
export function labelCriteria(table, handoff, strings) {
  const head = table.tHead?.rows[0];
  if (!head) return;
  // The order buttons' column: named for screen readers, empty on screen.
  strings.columns.forEach((text, k) => {
    head.cells[k].replaceChildren(k < 4 ? text : Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: text }));
  });
  [...table.tBodies[0].rows].forEach((row, i) => {
    const criterion = handoff.criteria[i];
    const name = criterion.name || strings.criterionName(i + 1);
    row.querySelector('input.name').setAttribute('aria-label', strings.criterionName(i + 1));
    row.querySelector('input[type="checkbox"]').setAttribute('aria-label', strings.met(name));
    row.querySelector('input.points').setAttribute('aria-label', strings.pointsOf(name));
    const group = row.querySelector('select');
    if (group.options.length === 0) group.append(new Option('', 'fit'), new Option('', 'behaviour'));
    [group.options[0].text, group.options[1].text] = [strings.groups.fit, strings.groups.behaviour];
    group.value = criterion.group;
    group.setAttribute('aria-label', strings.groupOf(name));
    const [up, down, remove] = row.querySelectorAll('button');
    up.setAttribute('aria-label', strings.up(name));
    down.setAttribute('aria-label', strings.down(name));
    remove.setAttribute('aria-label', strings.remove(name));
    up.disabled = i === 0;
    down.disabled = i === handoff.criteria.length - 1;
    remove.hidden = handoff.criteria.length <= 1;
  });
}

// The criteria in a new order (`order`: the old index of each new place), their points and ticks with them.
function reorder(state, order) {
  const { handoff, texts } = state;
  const points = order.map((from) => texts[criterionField(from)]);
  for (let i = 0; i < Math.max(order.length, handoff.criteria.length); i += 1) delete texts[criterionField(i)];
  points.forEach((text, i) => { if (text !== undefined) texts[criterionField(i)] = text; });
  handoff.criteria = order.map((from) => handoff.criteria[from]);
  handoff.met = order.map((from) => handoff.met[from] ?? false);
  handoff.order = (handoff.order ?? 0) + 1;  // the table is built again
  handoff.edited = true;
}

export function moveCriterion(state, index, by) {
  const order = state.handoff.criteria.map((_, i) => i);
  const to = index + by;
  if (to < 0 || to >= order.length) return;
  [order[index], order[to]] = [order[to], order[index]];
  reorder(state, order);
}

export function removeCriterion(state, index) {
  reorder(state, state.handoff.criteria.map((_, i) => i).filter((i) => i !== index));
}

export function addCriterion(state, group, name) {
  const { handoff } = state;
  // A new criterion goes to the end of its group: fit criteria first, as the defaults have them.
  const at = group === 'fit' ? handoff.criteria.findIndex((criterion) => criterion.group === 'behaviour') : -1;
  const index = at < 0 ? handoff.criteria.length : at;
  handoff.criteria.push({ name, group });
  handoff.met.push(false);
  state.texts[criterionField(handoff.criteria.length - 1)] = '';
  const order = handoff.criteria.map((_, i) => i);
  order.splice(index, 0, order.pop());
  reorder(state, order);
  return index;
}
