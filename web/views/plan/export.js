// The plan as text to take away: CSV that German Excel opens as it is and
// Markdown for chats and docs. This only lays the plan out; the core writes
// the files (src/csv_writer.h, src/markdown_writer.h), so that nothing typed
// becomes a formula, a link, an image or HTML. Every number comes from the
// core's plan; `required` is what the funnel shows (the point plan or the
// chosen confidence level's). Loaded on the first export only.

// Words only the exports use, so they load with them.
const WORDS = {
  de: {
    header: ['Stufe', 'Benötigt', 'Pro Woche', 'Pro Arbeitstag', 'Bisher pro Zeitraum', 'Abweichung', 'Konversion zur nächsten Stufe', '95 %-Spanne von', '95 %-Spanne bis'],
    title: 'Funnel-Plan',
    goal: (customers, period) => `Ziel: ${customers} neue Kunden pro ${period}`,
  },
  en: {
    header: ['Stage', 'Needed', 'Per week', 'Per working day', 'So far per period', 'Gap', 'Conversion to next stage', '95% range from', '95% range to'],
    title: 'Funnel plan',
    goal: (customers, period) => `Goal: ${customers} new customers per ${period}`,
  },
};

// One row per stage: what it needs (at the chosen confidence), per week and
// working day, the history, and the conversion to the next stage.
export function planCsv(plan, { core, lang, fmt, required }) {
  const rows = [WORDS[lang].header, ...plan.stages.map((stage, index) => {
    const conversion = plan.conversions[index];
    return [fmt.stageCell(stage.name), required[index], stage.perWeek, stage.perWorkingDay, stage.historicalPerPeriod,
      stage.gap, conversion?.rate ?? null, conversion?.low ?? null, conversion?.high ?? null];
  })];
  return core.writeCsv({ locale: lang, rows });
}

export function planMarkdown(plan, { core, lang, strings, fmt, required, periodName, date, chance }) {
  const words = WORDS[lang];
  const { header } = words;
  const rows = plan.stages.map((stage, index) => {
    const conversion = plan.conversions[index];
    return [fmt.stage(stage.name, 2), fmt.whole(required[index]), fmt.oneDecimal(stage.perWeek ?? 0),
      conversion ? fmt.percent(conversion.rate) : ''];
  });
  return core.writeMarkdown({
    blocks: [
      { kind: 'heading', text: words.title },
      { kind: 'paragraph', text: `${words.goal(fmt.whole(plan.customers), periodName)} · ${strings.printedOn(date)}` },
      { kind: 'table', header: [header[0], header[1], header[2], header[6]], align: ['left', 'right', 'right', 'right'], rows },
      { kind: 'paragraph', text: chance },
    ],
  });
}
