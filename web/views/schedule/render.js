// Drawing a schedule: its sentence, its month table (months as columns where
// there is room, as rows on a phone and on paper) and the pacing box. Every
// figure is the core's (core.schedule, core.pace); this only lays them out.

// "März 2027" / "Mär 27" from "2027-03".
export function monthLabel(month, strings, short = false) {
  const [year, number] = month.split('-').map(Number);
  return short ? `${strings.shortMonths[number - 1]} ${String(year).slice(2)}` : `${strings.months[number - 1]} ${year}`;
}


// The sentence that matters: for the first month with customers, the month the top stage's leads are needed in.
export function scheduleSentence(result, { fmt, strings }) {
  const first = result.customers.findIndex((count) => count > 0);
  const topFirst = result.stages[0].perMonth.findIndex((count) => count > 0);
  const customers = result.customers[first];
  const bottom = result.stages[result.stages.length - 1].name;
  const args = [fmt.whole(customers), fmt.stage(bottom, customers), monthLabel(result.months[first], strings), fmt.stage(result.stages[0].name, 2)];
  return topFirst < first ? strings.leadsEarlier(...args, monthLabel(result.months[topFirst], strings)) : strings.leadsSameMonth(...args);
}

const cell = (tag, text, className) => {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  if (tag === 'th' && className !== 'corner') node.scope = className === 'row' ? 'row' : 'col';
  return node;
};
const line = (cells) => {
  const row = document.createElement('tr');
  row.append(...cells);
  return row;
};

// The month table into `table`: stages as rows and months as columns (`across`), or months as rows.
export function fillTable(table, result, { fmt, strings }, across) {
  const lead = (index) => (index < result.leadMonths ? 'lead' : '');
  const names = result.stages.map((stage) => fmt.stage(stage.name, 2));
  if (across) {
    const head = line([cell('th', strings.stage, 'corner'), ...result.months.map((month, i) => cell('th', monthLabel(month, strings, true), lead(i))), cell('th', strings.total)]);
    const body = result.stages.map((stage, s) => line([cell('th', names[s], 'row'),
      ...stage.perMonth.map((count, i) => cell('td', fmt.whole(count), lead(i))), cell('td', fmt.whole(stage.total), 'total')]));
    table.replaceChildren(document.createElement('thead'), document.createElement('tbody'));
    table.tHead.append(head);
    table.tBodies[0].append(...body);
  } else {
    const head = line([cell('th', strings.month, 'corner'), ...names.map((name) => cell('th', name))]);
    const body = result.months.map((month, i) => line([cell('th', monthLabel(month, strings, true), `row ${lead(i)}`.trim()),
      ...result.stages.map((stage) => cell('td', fmt.whole(stage.perMonth[i]), lead(i)))]));
    const total = line([cell('th', strings.total, 'row'), ...result.stages.map((stage) => cell('td', fmt.whole(stage.total), 'total'))]);
    table.replaceChildren(document.createElement('thead'), document.createElement('tbody'));
    table.tHead.append(head);
    table.tBodies[0].append(...body, total);
  }
  table.classList.toggle('across', across);
}

// The pacing box: the working days, then per stage the goal for the month, what
// was due by the as-of day, what was typed, the projection and what is needed per
// remaining working day. typed: per stage, whether a count so far was given.
export function renderPace(parts, pace, result, typed, { fmt, strings }) {
  if (pace.outside) {
    const first = monthLabel(result.months[0], strings);
    const last = monthLabel(result.months.at(-1), strings);
    parts.days.textContent = strings.paceOutside(monthLabel(pace.outside, strings), first, last);
    parts.table.replaceChildren();
    parts.note.textContent = '';
    return;
  }
  const holidays = pace.holidays.map((day) => strings.dayOfYear(Number(day.slice(5, 7)), Number(day.slice(8)))).join(', ');
  parts.days.textContent = strings.paceDays(pace.elapsed, pace.total, pace.remaining) + (holidays ? strings.paceHolidays(holidays) : '');
  parts.note.textContent = typed.some(Boolean) ? strings.pacingMethod : strings.paceEmpty;
  const one = (n) => (n === null ? '–' : fmt.oneDecimal(n));
  // On track (the core's onTrack: the projection reaches the goal), or by how much behind what was due.
  const status = (stage) => {
    if (stage.onTrack === null) return strings.notStarted;
    return stage.onTrack ? strings.onTrack : strings.behind(fmt.oneDecimal(Math.abs(stage.delta)));
  };
  // Each cell names its column (data-label): on a phone a stage's row becomes a card of labelled lines.
  const labelled = (cells) => cells.map((node, i) => {
    node.dataset.label = strings.paceHeader[i];
    return node;
  });
  const rows = pace.stages.map((stage, s) => {
    const given = typed[s];
    const row = line(labelled([cell('th', fmt.stage(stage.name, 2), 'row'), cell('td', fmt.whole(stage.target)), cell('td', one(stage.expected)),
      cell('td', given ? fmt.whole(stage.actual) : '–'), cell('td', given ? one(stage.projected) : '–'),
      cell('td', given ? status(stage) : '–', 'status'),
      cell('td', given ? (stage.neededPerDay === null ? strings.noDaysLeft : one(stage.neededPerDay)) : '–')]));
    if (given && stage.onTrack !== null) row.dataset.onTrack = String(stage.onTrack);
    return row;
  });
  parts.table.replaceChildren(document.createElement('thead'), document.createElement('tbody'));
  parts.table.tHead.append(line(strings.paceHeader.map((text) => cell('th', text))));
  parts.table.tBodies[0].append(...rows);
}
