// The review as text to take into the meeting: CSV (the month table with
// actuals, targets, gaps and rates, then the findings and each window's test)
// that German Excel opens as it is, and Markdown for the meeting's notes. Each
// begins with the day, the one-line state and what the review was made from.
// The core writes the files (src/csv_writer.h, src/markdown_writer.h), so that
// nothing typed becomes a formula, a link or HTML. Loaded on the first export
// only; it imports nothing (what it shares with the view comes in the context).

const WORDS = {
  de: {
    title: 'KPI-Review', date: 'Stand', state: 'Überblick', inputs: ['Eingabe', 'Wert'], link: 'Link',
    findings: ['Auffälligkeit', 'Dringlichkeit', 'Verantwortlich', 'Erste Schritte'],
    windows: ['Konversion', 'Prüfzeitraum', 'Rate (%)', 'Vergleichswert (%)', 'Differenz (Prozentpunkte)', '95-%-Intervall von (Prozentpunkte)', '95-%-Intervall bis (Prozentpunkte)', 'p-Wert', 'Ergebnis'],
    windowNames: { 1: 'letzter Monat', 3: 'letzte 3 Monate' },
    status: { drop: 'Rückgang', rise: 'Anstieg', stable: 'keine klare Veränderung', insufficient: 'zu wenig Daten', not_comparable: 'nicht vergleichbar' },
    monthsTitle: 'Monat für Monat',
  },
  en: {
    title: 'KPI review', date: 'As of', state: 'Summary', inputs: ['Input', 'Value'], link: 'Link',
    findings: ['Finding', 'Urgency', 'Owner', 'First steps'],
    windows: ['Conversion', 'Test window', 'Rate (%)', 'Baseline (%)', 'Difference (percentage points)', '95% interval from (percentage points)', '95% interval to (percentage points)', 'p-value', 'Result'],
    windowNames: { 1: 'last month', 3: 'last 3 months' },
    status: { drop: 'drop', rise: 'rise', stable: 'no clear change', insufficient: 'too little data', not_comparable: 'not comparable' },
    monthsTitle: 'Month by month',
  },
};

// A share under a "(%)" header as the plan's CSV writes it (17,23), or empty where there is none; a
// difference of two rates the same, under a "(percentage points)" header.
const share = (value, fmt) => (value === null ? '' : fmt.plainPercent(value));
// A p-value to three places, as the core's sentences say it.
const pValue = (p, fmt) => (p < 0.001 ? `< ${fmt.exact(0.001)}` : fmt.exact(Math.round(p * 1000) / 1000));

function monthRows(result, context, spell) {
  const { fmt, strings } = context;
  const header = [strings.csvHeader.month];
  for (const stage of context.stages) {
    const name = fmt.stageCell(stage);
    header.push(`${name}: ${strings.csvHeader.actual}`, `${name}: ${strings.csvHeader.target}`, `${name}: ${strings.csvHeader.gap}`);
  }
  result.conversions.forEach((_, index) => header.push(`${context.conversionName(index)}: ${strings.csvHeader.rate}`));
  const rows = result.volumes[0].months.map((entry, i) => [
    spell.month(entry.month),
    ...result.volumes.flatMap((volume) => {
      const { actual, target, gap } = volume.months[i];
      return [spell.count(actual), target === null ? '' : spell.count(target), spell.share(gap)];
    }),
    ...result.conversions.map((conversion) => spell.share(conversion.months[i].rate)),
  ]);
  return [header, ...rows];
}

function windowRows(result, context, spell) {
  const words = WORDS[context.lang];
  return result.conversions.flatMap((conversion, index) => conversion.windows.map((w) => [
    context.conversionName(index), words.windowNames[w.length], spell.share(w.rate), spell.share(w.baselineRate),
    spell.points(w.difference), spell.points(w.low), spell.points(w.high), w.pValue === null ? '' : spell.p(w.pValue), words.status[w.status],
  ]));
}

const findingRows = (result, strings) => result.findings.map((finding) => [
  finding.message, strings.severity[finding.severity], strings.teams[finding.team], finding.advice.join(' '),
]);

export function reviewCsv(result, context) {
  const { core, lang, fmt } = context;
  const words = WORDS[lang];
  const spell = { month: (month) => month, count: (n) => n, share: (value) => share(value, fmt), points: (value) => share(value, fmt), p: (p) => pValue(p, fmt) };
  const rows = [
    [words.title],
    [words.date, context.today],
    [words.state, context.stateLine],
    ...context.inputRows.map(({ label, text }) => [label, text]),
    [words.link, context.link],
    [],
    ...monthRows(result, context, spell),
    [],
    words.findings,
    ...findingRows(result, context.strings),
    [],
    words.windows,
    ...windowRows(result, context, spell),
  ];
  return core.writeCsv({ locale: lang, rows });
}

export function reviewMarkdown(result, context) {
  const { core, lang, fmt } = context;
  const words = WORDS[lang];
  const spell = {
    month: context.monthName, count: (n) => fmt.whole(n), share: (value) => (value === null ? '–' : fmt.percent(value)),
    points: (value) => (value === null ? '–' : fmt.plainPercent(value)),  // under a "(percentage points)" header
    p: (p) => pValue(p, fmt),
  };
  const [monthHeader, ...months] = monthRows(result, context, spell);
  const table = (header, rows) => ({ kind: 'table', header, align: header.map((_, i) => (i === 0 ? 'left' : 'right')), rows });
  const blocks = [
    { kind: 'heading', text: `${words.title}: ${context.period}` },
    { kind: 'paragraph', text: `${words.date}: ${context.today}` },
    { kind: 'paragraph', text: context.stateLine },
  ];
  if (result.findings.length) blocks.push({ kind: 'table', header: words.findings, align: ['left', 'left', 'left', 'left'], rows: findingRows(result, context.strings) });
  blocks.push(
    { kind: 'table', header: words.windows, align: words.windows.map((_, i) => (i < 2 || i === 8 ? 'left' : 'right')), rows: windowRows(result, context, spell) },
    { kind: 'heading', text: words.monthsTitle },
    table(monthHeader, months),
    { kind: 'table', header: words.inputs, align: ['left', 'left'], rows: context.inputRows.map(({ label, text }) => [label, text]) },
    { kind: 'paragraph', text: context.link },
  );
  return core.writeMarkdown({ blocks });
}
