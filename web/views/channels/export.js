// The channels as text to take into the budget meeting: CSV and Markdown,
// each with the sentence, the cost per lead and per customer, today's and the
// recommended spend per month, and the link. The core writes the files
// (src/csv_writer.h, src/markdown_writer.h), so that nothing typed becomes a
// formula, a link or HTML. Loaded on the first export only; it imports nothing.

const WORDS = {
  de: {
    title: 'Kanäle & Budget', date: 'Stand', link: 'Link', today: 'Ausgaben pro Monat (heutiger Mix, aufs Ziel hochgerechnet)',
    recommended: 'Ausgaben pro Monat (empfohlen)', leads: (stage) => `${stage} pro Monat (empfohlen)`, customers: 'Kunden pro Monat (empfohlen)',
  },
  en: {
    title: 'Channels & budget', date: 'As of', link: 'Link', today: 'Spend per month (current mix, scaled to goal)',
    recommended: 'Spend per month (recommended)', leads: (stage) => `${stage} per month (recommended)`, customers: 'Customers per month (recommended)',
  },
};

function rows(result, { fmt, strings, names, stages, lang }, spell) {
  const words = WORDS[lang];
  const header = [strings.channel, ...stages.slice(0, -1).map((stage) => strings.perStage(fmt.stageField(stage))), strings.perCustomer,
    words.today, words.recommended, words.leads(fmt.stageCell(stages[0])), words.customers];
  const body = result.channels.map((channel, i) => [
    names[result.rows[i]], ...channel.costPerLead.slice(0, -1).map(spell.money), spell.money(channel.costPerCustomer),
    spell.money(result.today.spend[i]), spell.money(channel.mix.wholeSpend), spell.count(channel.mix.wholeLeads[0]), spell.number(channel.mix.customers),
  ]);
  return [header, ...body];
}

export function channelsCsv(result, context) {
  const { core, lang } = context;
  const words = WORDS[lang];
  const round = (value) => Math.round(value * 100) / 100;  // cents
  const spell = { money: (value) => (value === null ? '' : round(value)), count: (value) => value, number: (value) => round(value) };
  return core.writeCsv({ locale: lang, rows: [[words.title], [words.date, context.today], [context.sentence], [words.link, context.link], [], ...rows(result, context, spell)] });
}

export function channelsMarkdown(result, context) {
  const { core, lang, fmt } = context;
  const words = WORDS[lang];
  const spell = { money: (value) => (value === null ? '–' : fmt.money(value)), count: (value) => fmt.whole(value), number: (value) => fmt.oneDecimal(value) };
  const [header, ...body] = rows(result, context, spell);
  return core.writeMarkdown({
    blocks: [
      { kind: 'heading', text: words.title },
      { kind: 'paragraph', text: `${words.date}: ${context.today}` },
      { kind: 'paragraph', text: context.sentence },
      { kind: 'table', header, align: header.map((_, i) => (i === 0 ? 'left' : 'right')), rows: body },
      { kind: 'paragraph', text: context.link },
    ],
  });
}
