// The plan as text to take away: CSV that German Excel opens as it is
// (semicolons, decimal commas, UTF-8 with BOM) and Markdown for chats and docs.
// Only formatting: every number comes from the core's plan.
import { shownRequirements } from './render.js';

const TAG = { de: 'de-DE', en: 'en-US' };

function plainNumber(lang) {
  const format = new Intl.NumberFormat(TAG[lang], { useGrouping: false, maximumFractionDigits: 4 });
  return (value) => (value === null || value === undefined ? '' : format.format(value));
}

function csvField(text, separator) {
  const value = String(text);
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

// One row per stage: what it needs (at the chosen confidence), per week and
// working day, the history, and the conversion to the next stage.
export function planCsv(plan, { lang, strings, fmt, level }) {
  const separator = lang === 'de' ? ';' : ',';
  const number = plainNumber(lang);
  const required = shownRequirements(plan, level);
  const rows = [strings.csvHeader];
  plan.stages.forEach((stage, index) => {
    const conversion = plan.conversions[index];
    rows.push([
      fmt.stage(stage.name, 2), number(required[index]), number(stage.perWeek), number(stage.perWorkingDay),
      number(stage.historicalPerPeriod), number(stage.gap), number(conversion?.rate), number(conversion?.low),
      number(conversion?.high),
    ]);
  });
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}

function markdownCell(text) {
  return String(text).replaceAll('|', '\\|').replace(/[\r\n]+/g, ' ');
}

export function planMarkdown(plan, { strings, fmt, level, periodName, date, chance }) {
  const required = shownRequirements(plan, level);
  const header = strings.csvHeader;
  const lines = [
    `# ${strings.exportTitle}`,
    '',
    `${strings.exportGoal(fmt.whole(plan.customers), periodName)} · ${strings.printedOn(date)}`,
    '',
    `| ${header[0]} | ${header[1]} | ${header[2]} | ${header[6]} |`,
    '|---|---:|---:|---:|',
  ];
  plan.stages.forEach((stage, index) => {
    const conversion = plan.conversions[index];
    lines.push(`| ${markdownCell(fmt.stage(stage.name, 2))} | ${fmt.whole(required[index])} | ${fmt.oneDecimal(stage.perWeek ?? 0)} | ${conversion ? fmt.percent(conversion.rate) : ''} |`);
  });
  lines.push('', chance);
  return `${lines.join('\n')}\n`;
}
