// Drawing the channels' answer: the sentence for the budget meeting, the cost
// per lead at each stage and per customer, the recommended mix as a table,
// what a budget brings and the notes. Every figure is the core's
// (core.channels); this only lays them out in the page's language.
const MOVE = 0.5;  // a shift of less than half a unit of money is none

const cell = (tag, text, className) => Object.assign(document.createElement(tag), { textContent: text, ...(className ? { className } : {}) });
const line = (cells) => {
  const row = document.createElement('tr');
  row.append(...cells);
  return row;
};
const fill = (table, head, rows) => {
  table.replaceChildren(document.createElement('thead'), document.createElement('tbody'));
  table.tHead.append(line(head.map((text, k) => cell('th', text, k === 0 ? 'corner' : ''))));
  table.tBodies[0].append(...rows.map((row) => line(row.map((text, k) => cell(k === 0 ? 'th' : 'td', text, k === 0 ? 'row' : '')))));
};

// The channel's name as the table holds it (the answer's channels are the rows sent).
export const nameOf = (result, i, names) => names[result.rows[i]];

// "Mit 4.000 € mehr für LinkedIn und 2.500 € weniger für E-Mail erreichen Sie dieselben 50 Kunden und sparen …"
export function mixSentence(result, { fmt, strings, names, customers }) {
  const cost = fmt.estimate(result.mix.cost);
  if (result.saving === null) return strings.overCeiling(customers, cost);
  if (result.saving < MOVE) return strings.alreadyBest(customers, cost);
  // The two largest moves each way, the larger first: "2.850 € mehr für LinkedIn, 3.000 € weniger für Events und …".
  const moves = result.today.shift.map((shift, i) => ({ shift, name: nameOf(result, i, names) }));
  const named = (list, say) => list.slice(0, 2).map(({ shift, name }) => say(fmt.estimate(Math.abs(shift)), name));
  const parts = [
    ...named(moves.filter(({ shift }) => shift >= MOVE).sort((a, b) => b.shift - a.shift), strings.more),
    ...named(moves.filter(({ shift }) => shift <= -MOVE).sort((a, b) => a.shift - b.shift), strings.less),
  ];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}${strings.and}${parts.at(-1)}` : parts[0];
  return strings.moveSentence(list, customers, fmt.estimate(result.saving));
}

export function fillCosts(table, result, { fmt, strings, names, stages }) {
  const head = [strings.channel, ...stages.slice(0, -1).map((stage) => strings.perStage(fmt.stage(stage, 1))), strings.perCustomer];
  const rows = result.channels.map((channel, i) => [
    nameOf(result, i, names),
    ...channel.costPerLead.slice(0, -1).map((cost) => (cost === null ? '–' : fmt.money(cost))),
    channel.costPerCustomer === null ? strings.noCustomers : fmt.money(channel.costPerCustomer),
  ]);
  fill(table, head, rows);
}

export function fillMix(table, result, { fmt, strings, names, stages }) {
  const rows = result.channels.map((channel, i) => [
    nameOf(result, i, names), fmt.whole(channel.mix.wholeLeads[0]), fmt.estimate(channel.mix.wholeSpend), fmt.oneDecimal(channel.mix.customers),
  ]);
  rows.push([strings.total, '', fmt.estimate(result.mix.wholeCost), fmt.whole(result.customers)]);
  fill(table, strings.mixHeader(fmt.stage(stages[0], 2)), rows);
}

export function budgetLines(result, { fmt, strings, stages }) {
  return result.budget.channels.filter((channel) => channel.wholeLeads > 0).map((channel) => Object.assign(document.createElement('li'), {
    textContent: strings.budgetLine(channel.name, `${fmt.whole(channel.wholeLeads)} ${fmt.stage(stages[0], channel.wholeLeads)}`, fmt.estimate(channel.spend)),
  }));
}

export function warningItems(result, { names }) {
  return result.warnings.map((warning) => {
    const index = Number(/^channels\[(\d+)\]/.exec(warning.field)?.[1]);
    return Object.assign(document.createElement('li'), { textContent: `${nameOf(result, index, names)}: ${warning.message}` });
  });
}
