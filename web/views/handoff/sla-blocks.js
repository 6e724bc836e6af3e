// Blocks both languages' SLA build alike: a table that prints in two columns
// side by side (the criteria by group, a schedule's months in two halves), so
// that the agreement fits two A4 pages; Markdown and plain text take it whole.
const aligned = (header) => header.map((_, i) => (i === 0 ? 'left' : 'right'));
const table = (header, rows) => ({ kind: 'table', header, align: aligned(header), rows });

// The criteria: on paper a table per group side by side; whole, a table with a column for the group.
export function criteriaBlock(f, words) {
  const byGroup = (group) => f.criteria.filter((c) => c.groupId === group).map((c) => [c.name, c.points]);
  return {
    kind: 'columns',
    blocks: [table([words.fit, words.points], byGroup('fit')), table([words.behaviour, words.points], byGroup('behaviour'))],
    whole: { kind: 'table', header: [words.criterion, words.type, words.points], align: ['left', 'left', 'right'], rows: f.criteria.map((c) => [c.name, c.group, c.points]) },
  };
}

// A month per row; more than six months print as two halves side by side.
export function monthsBlock(header, rows) {
  const whole = table(header, rows);
  if (rows.length <= 6) return whole;
  const half = Math.ceil(rows.length / 2);
  return { kind: 'columns', blocks: [table(header, rows.slice(0, half)), table(header, rows.slice(half))], whole };
}

// A schedule's commitments, a month per row: each committed stage's count and its week's.
export function commitmentsBlock(f, words) {
  const stages = f.sameStage ? [['handoff', 'handoffWeekly']] : [['top', 'topWeekly'], ['handoff', 'handoffWeekly']];
  const header = [words.month, ...stages.flatMap(([stage]) => [f[stage].many, words.perWeek(f[stage].many)])];
  const rows = f.commitments.map((m) => [m.month, ...stages.flatMap(([month, week]) => [m[month], m[week]])]);
  return monthsBlock(header, rows);
}
