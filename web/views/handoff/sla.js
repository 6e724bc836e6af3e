// The SLA as a document: its facts spelled in the page's language from the
// hand-off's answer and the planner's state, the blocks of the language's
// text (sla-de.js, sla-en.js), and those blocks laid out on the page, as
// Markdown (written by the core: nothing typed becomes markup) and as plain
// text. Every figure is the core's; this only puts words around them.
import { slaDe } from './sla-de.js';
import { slaEn } from './sla-en.js';

const TEXTS = { de: slaDe, en: slaEn };

// English "an MQL", "an SQL", "an opportunity", "a lead": by the sound of the first letter.
const anOne = (name) => `${/^(?:[aeiou]|[fhlmnrsx](?:[A-Z]|$))/i.test(name) && !/^(?:u[bcdfgklmnprstvz][aeiou]|eu)/i.test(name) ? 'an' : 'a'} ${name}`;

// A day as a contract writes it, in words: "30. November 2026", "30 November 2026" (never 11/30/2026).
const longDay = (lang, date) => new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);

// context: { fmt, strings, state, lang, alpha, monthName(month) }.
export function slaFacts(result, request, context) {
  const { fmt, strings, state } = context;
  const { stages } = state;
  const name = (index) => ({ one: fmt.stage(stages[index], 1), many: fmt.stage(stages[index], 2), anOne: anOne(fmt.stage(stages[index], 1)) });
  const whole = (n) => fmt.whole(n);
  const signed = (points) => (points > 0 ? `+${whole(points)}` : points < 0 ? `−${whole(-points)}` : whole(0));
  const { handoff } = request;
  const customers = result.plan.customers;
  const peak = result.capacity.peak;
  const [company, marketingLead, salesLead] = state.handoff.parties.map((text) => text.trim());
  return {
    company, marketingLead, salesLead,
    today: longDay(context.lang, new Date()),
    start: state.handoff.start ? longDay(context.lang, new Date(`${state.handoff.start}T12:00:00`)) : '',
    term: whole(handoff.levels.termMonths),
    goal: `${whole(customers)} ${fmt.stage(stages.at(-1), customers)}`,
    periodName: strings.periods[state.period],
    confidence: result.plan.confidence ? fmt.level(result.plan.confidence.level) : null,
    rates: result.plan.conversions.map((conversion, i) => ({ from: fmt.stage(stages[i], 1), to: fmt.stage(stages[i + 1], 1), rate: fmt.percent(conversion.rate) })),
    top: name(result.topStage),
    handoff: name(result.handoffStage),
    sameStage: result.topStage === result.handoffStage,
    months: result.commitments[0].month !== null,
    commitments: result.commitments.map((m) => ({
      month: m.month === null ? null : context.monthName(m.month),
      top: whole(m.top), topWeekly: whole(m.topWeekly), handoff: whole(m.handoff), handoffWeekly: whole(m.handoffWeekly),
    })),
    criteria: handoff.criteria.map((c) => ({ name: c.name, groupId: c.group, group: strings.groups[c.group], points: signed(c.points) })),
    mql: whole(handoff.thresholds.mql),
    sql: whole(handoff.thresholds.sql),
    minFit: handoff.thresholds.sqlMinFit === undefined ? null : whole(handoff.thresholds.sqlMinFit),
    levels: {
      response: whole(handoff.levels.responseHours), demo: whole(handoff.levels.demoResponseHours),
      attempts: whole(handoff.levels.attempts), attemptDays: whole(handoff.levels.attemptDays), feedback: whole(handoff.levels.feedbackDays),
    },
    capacity: {
      people: whole(result.capacity.people), perPerson: fmt.exact(handoff.capacity.perPerson), peak: whole(peak),
      peakMonth: result.commitments.length > 1 ? context.monthName(result.commitments[result.capacity.peakMonth].month) : null,
      hours: result.capacity.hours === null ? null : whole(Math.round(result.capacity.hours)),
    },
    alpha: fmt.level(context.alpha),
  };
}

export const slaBlocks = (facts, lang) => TEXTS[lang](facts);

// The blocks on the page: headings, paragraphs, lists and tables as text, never markup; signature lines.
export function drawSla(article, blocks) {
  const make = (tag, text, className) => Object.assign(document.createElement(tag), { ...(text === undefined ? {} : { textContent: text }), ...(className ? { className } : {}) });
  const drawBlock = (block) => {
    if (block.kind === 'heading') return make(block.level === 1 ? 'h3' : 'h4', block.text, block.level === 1 ? 'sla-title' : '');
    if (block.kind === 'paragraph') return make('p', block.text);
    if (block.kind === 'list') {
      const list = make('ul');
      list.append(...block.items.map((item) => make('li', item)));
      return list;
    }
    if (block.kind === 'columns') {
      const columns = make('div', undefined, 'sla-columns');
      columns.append(...block.blocks.map(drawBlock));
      return columns;
    }
    if (block.kind === 'table') {
      const table = make('table', undefined, 'sla-table');
      const row = (cells, tag) => {
        const tr = make('tr');
        tr.append(...cells.map((text, i) => make(tag, text, block.align[i] === 'right' ? 'number' : '')));
        return tr;
      };
      table.append(make('thead'), make('tbody'));
      table.tHead.append(row(block.header, 'th'));
      table.tBodies[0].append(...block.rows.map((cells) => row(cells, 'td')));
      return table;
    }
    const signatures = make('div', undefined, 'signatures');
    signatures.append(...block.parties.map(([role, name]) => {
      const party = make('div', undefined, 'signature');
      party.append(make('p', role, 'role'), make('p', block.place, 'line'), make('p', name ? `${block.sign}: ${name}` : block.sign, 'line'));
      return party;
    }));
    return signatures;
  };
  article.replaceChildren(...blocks.map(drawBlock));
}

// Markdown and plain text take a block of columns whole.
const whole = (blocks) => blocks.map((block) => (block.kind === 'columns' ? block.whole : block));

// The blocks for core.writeMarkdown: the signatures as a table with a line to sign in each cell.
export function markdownBlocks(blocks) {
  return whole(blocks).map((block) => {
    if (block.kind !== 'signatures') return block;
    const line = (label) => block.parties.map(() => `${label}: ________________________`);
    return {
      kind: 'table', header: block.parties.map(([role]) => role), align: block.parties.map(() => 'left'),
      rows: [line(block.place), line(block.sign), block.parties.map(([, name]) => name)],
    };
  });
}

// The blocks as plain text: headings underlined, lists with dashes, tables in aligned columns.
export function plainText(blocks) {
  const out = [];
  for (const block of whole(blocks)) {
    if (block.kind === 'heading') out.push(block.text, (block.level === 1 ? '=' : '-').repeat(block.text.length));
    else if (block.kind === 'paragraph') out.push(block.text);
    else if (block.kind === 'list') out.push(block.items.map((item) => `- ${item}`).join('\n'));
    else if (block.kind === 'table') {
      const rows = [block.header, ...block.rows];
      const widths = block.header.map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
      const line = (row) => row.map((text, i) => (block.align[i] === 'right' ? String(text).padStart(widths[i]) : String(text).padEnd(widths[i]))).join('  ').trimEnd();
      out.push([line(block.header), widths.map((w) => '-'.repeat(w)).join('  '), ...block.rows.map(line)].join('\n'));
    } else {
      out.push(block.parties.map(([role, name]) => `${role}\n\n${block.place}: ________________________\n\n${block.sign}: ________________________${name ? `\n${name}` : ''}`).join('\n\n'));
    }
    out.push('');
  }
  return `${out.join('\n').trim()}\n`;
}
