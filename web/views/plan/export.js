// The plan as text to take away: CSV that German Excel opens as it is and
// Markdown for chats and docs. Each begins with what the plan was made from
// (context.inputRows and context.conversionRows, from inputs-summary.js), then the
// stages at the level shown (context.stages), every column naming its
// period. This only lays the plan out; the core writes the files
// (src/csv_writer.h, src/markdown_writer.h), so that nothing typed becomes a
// formula, a link, an image or HTML. Loaded on the first export only, and it
// imports nothing: what it shares with the view comes in the context, so no
// shared chunk joins the first load.

// Words only the exports use, so they load with them.
const WORDS = {
  de: {
    title: 'Funnel-Plan',
    conversions: ['Konversion', 'Von (Anzahl)', 'Zu (Anzahl)', 'Rate (%)'],
    stages: (period, perMonth) => ['Stufe', `Benötigt pro ${period}`, ...(perMonth ? ['Benötigt pro Monat'] : []), 'Pro Woche',
      'Pro Arbeitstag', `Bisher pro ${period}`, 'Abweichung ggü. bisher (%)', 'Rate zur nächsten Stufe (%)',
      'Spanne von (%)', 'Spanne bis (%)'],
    inputs: ['Eingabe', 'Wert'],
  },
  en: {
    title: 'Funnel plan',
    conversions: ['Conversion', 'From (count)', 'To (count)', 'Rate (%)'],
    stages: (period, perMonth) => ['Stage', `Needed per ${period}`, ...(perMonth ? ['Needed per month'] : []), 'Per week',
      'Per working day', `So far per ${period}`, 'Change vs. so far (%)', 'Rate to next stage (%)',
      'Range low (%)', 'Range high (%)'],
    inputs: ['Input', 'Value'],
  },
};

const perMonthShown = (context) => context.periodMonths !== 1;

export function planCsv(plan, context) {
  const { core, lang, fmt, periodName } = context;
  const words = WORDS[lang];
  const percent = (share) => (share === null || share === undefined ? null : fmt.plainPercent(share));
  const perMonth = perMonthShown(context);
  const rows = [
    [words.title],
    ...context.inputRows.map(({ label, value, text }) => [label, value ?? text]),
    [],
    words.conversions,
    ...context.conversionRows.map(({ name, fromCount, toCount, rate }) => [name, fromCount, toCount, percent(rate)]),
    [],
    words.stages(periodName, perMonth),
    ...context.stages.map((stage, index) => {
      const conversion = plan.conversions[index];
      return [fmt.stageCell(stage.name), stage.required, ...(perMonth ? [stage.perMonth] : []), stage.perWeek, stage.perWorkingDay,
        stage.historicalPerPeriod, percent(stage.gap), percent(conversion?.rate), percent(conversion?.low), percent(conversion?.high)];
    }),
  ];
  return core.writeCsv({ locale: lang, rows });
}

export function planMarkdown(plan, context) {
  const { core, lang, fmt, periodName, chance } = context;
  const words = WORDS[lang];
  const perMonth = perMonthShown(context);
  const one = (n) => (n === null ? '' : fmt.oneDecimal(n));
  const inputs = [
    ...context.inputRows.map(({ label, text }) => [label, text]),
    ...context.conversionRows.map(({ name, text }) => [name, text]),
  ];
  const stages = context.stages.map((stage, index) => {
    const conversion = plan.conversions[index];
    return [fmt.stage(stage.name, 2), fmt.whole(stage.required), ...(perMonth ? [one(stage.perMonth)] : []), one(stage.perWeek),
      one(stage.perWorkingDay), conversion ? fmt.percent(conversion.rate) : ''];
  });
  const header = context.strings.printHeader(periodName, perMonth);  // the printout's columns
  return core.writeMarkdown({
    blocks: [
      { kind: 'heading', text: words.title },
      { kind: 'table', header: words.inputs, align: ['left', 'left'], rows: inputs },
      { kind: 'table', header, align: header.map((_, i) => (i === 0 ? 'left' : 'right')), rows: stages },
      { kind: 'paragraph', text: chance },
    ],
  });
}
