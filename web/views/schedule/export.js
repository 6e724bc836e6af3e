// The schedule as text to take away: CSV (one row per month) that German
// Excel opens as it is, and Markdown for chats and docs. Each begins with what
// the schedule was made from (context.inputRows). This only lays it out; the
// core writes the files (src/csv_writer.h, src/markdown_writer.h), so that
// nothing typed becomes a formula, a link or HTML. Loaded on the first export
// only, and it imports nothing: what it shares with the view comes in the
// context, so no shared chunk is split off.

const WORDS = {
  de: { title: 'Funnel-Zeitplan', inputs: ['Eingabe', 'Wert'], month: 'Monat', lead: 'Vor dem Start', yes: 'ja', link: 'Link' },
  en: { title: 'Funnel schedule', inputs: ['Input', 'Value'], month: 'Month', lead: 'Before start', yes: 'yes', link: 'Link' },
};

export function scheduleCsv(result, context) {
  const { core, lang, fmt } = context;
  const words = WORDS[lang];
  const rows = [
    [words.title],
    ...context.inputRows.map(({ label, text }) => [label, text]),
    [words.link, context.link],
    [],
    [words.month, ...result.stages.map((stage) => fmt.stageCell(stage.name)), words.lead],
    ...result.months.map((month, i) => [month, ...result.stages.map((stage) => stage.perMonth[i]), i < result.leadMonths ? words.yes : '']),
    [context.strings.total, ...result.stages.map((stage) => stage.total), ''],
  ];
  return core.writeCsv({ locale: lang, rows });
}

export function scheduleMarkdown(result, context) {
  const { core, lang, fmt, strings } = context;
  const words = WORDS[lang];
  const header = [words.month, ...result.stages.map((stage) => fmt.stage(stage.name, 2))];
  const label = (month, i) => (i < result.leadMonths ? `${context.monthName(month)} (${strings.leadMonths})` : context.monthName(month));
  const rows = result.months.map((month, i) => [label(month, i), ...result.stages.map((stage) => fmt.whole(stage.perMonth[i]))]);
  rows.push([strings.total, ...result.stages.map((stage) => fmt.whole(stage.total))]);
  return core.writeMarkdown({
    blocks: [
      { kind: 'heading', text: words.title },
      { kind: 'paragraph', text: context.sentence },
      { kind: 'table', header: words.inputs, align: ['left', 'left'], rows: context.inputRows.map(({ label: name, text }) => [name, text]) },
      { kind: 'table', header, align: header.map((_, i) => (i === 0 ? 'left' : 'right')), rows },
      { kind: 'paragraph', text: context.link },
    ],
  });
}
