// Drawing what an import read: the overview, the columns used for each stage
// (as choices the person can change), the history for the plan, the days
// between stages, the counts per month and the rows it skipped. Every figure
// is the core's (core.importFile); this only lays them out.
const element = (tag, text, className) => Object.assign(document.createElement(tag), { textContent: text, ...(className ? { className } : {}) });

export function overviewRows(file, result, { fmt, strings }) {
  const { report } = result;
  const rows = [
    [strings.fileLabel, file.name],
    [strings.formatLabel, strings.format(strings.encodings[result.encoding] ?? result.encoding, strings.delimiters[result.delimiter] ?? result.delimiter)],
    [strings.shapeLabel, strings.shapes[result.mapping.shape]],
    [strings.rowsLabel, strings.rows(fmt.whole(report.rowsRead), fmt.whole(report.rowsUsed), fmt.whole(report.skippedCount))],
  ];
  if (report.firstDate) rows.push([strings.rangeLabel, strings.range(report.firstDate, report.lastDate)]);
  return rows;
}

// One select per stage (its date or count column), the month column of a sheet, the channel of records.
export function mappingChoices(box, result, { fmt, strings, stages }) {
  const { mapping, header } = result;
  const choice = (id, label, value, dataset) => {
    const field = element('div', '', 'field');
    const select = document.createElement('select');
    select.id = `import-map-${id}`;
    Object.assign(select.dataset, dataset);
    select.append(new Option(strings.noColumn, '-1'), ...header.map((name, index) => new Option(name || `#${index + 1}`, String(index))));
    select.value = String(value);
    const caption = element('label', label);
    caption.htmlFor = select.id;
    field.append(caption, select);
    return field;
  };
  const monthly = mapping.shape === 'monthly';
  const fields = stages.map((name, s) => choice(`stage-${s}`, (monthly ? strings.countColumn : strings.dateColumn)(fmt.stage(name, 1)),
    mapping.stages[s] ?? -1, { mapStage: String(s) }));
  if (monthly) fields.unshift(choice('month', strings.monthColumn, mapping.month, { mapMonth: '' }));
  else fields.push(choice('channel', strings.channelColumn, mapping.channel, { mapChannel: '' }));
  box.replaceChildren(...fields);
}

// "2026-03" as the page's language writes a month in running text.
export const monthOf = (text, strings) => strings.monthName(Number(text.slice(0, 4)), Number(text.slice(5)));

export function historyItems(result, { fmt, strings, stages }) {
  return result.history.map((conversion, s) => {
    const item = element('li', strings.historyLine(fmt.whole(conversion.fromCount), fmt.stage(stages[s], 2), fmt.whole(conversion.toCount),
      fmt.stage(stages[s + 1], 2), monthOf(conversion.first, strings), monthOf(conversion.last, strings)));
    if (conversion.maturing) item.append(element('span', ` – ${strings.maturing}`, 'maturing'));
    return item;
  });
}

export function lagItems(result, { fmt, strings, stages }) {
  return result.lags.map((lag, s) => {
    const from = fmt.stage(stages[s], 1);
    const to = fmt.stage(stages[s + 1], 1);
    const text = lag.median === null ? strings.lagNone(from, to)
      : strings.lagLine(from, to, fmt.oneDecimal(lag.median), fmt.whole(lag.p80), fmt.whole(lag.count), lag.count === 1);
    return element('li', text + (lag.negative > 0 ? strings.lagNegative(fmt.whole(lag.negative)) : ''));
  });
}

// Months as rows, a column per stage.
export function fillCounts(table, result, { fmt, strings, stages }) {
  const row = (cells, tag = 'td') => {
    const tr = document.createElement('tr');
    tr.append(...cells.map((text, i) => {
      const cell = element(i === 0 ? 'th' : tag, text);
      if (cell.tagName === 'TH') cell.scope = tag === 'th' ? 'col' : 'row';
      return cell;
    }));
    return tr;
  };
  table.replaceChildren(document.createElement('thead'), document.createElement('tbody'));
  table.tHead.append(row([strings.month, ...stages.map((name) => fmt.stage(name, 2))], 'th'));
  table.tBodies[0].append(...result.months.map((month, m) => row([month, ...result.counts.map((stage) => fmt.whole(stage[m]))])));
}

// Each warning once, with the rows it was seen in ("line 7" fields: a month twice).
export function warningItems(result, { strings }) {
  const byMessage = new Map();
  for (const { field, message } of result.warnings) {
    const lines = byMessage.get(message) ?? [];
    if (/^line \d+$/.test(field)) lines.push(field.slice(5));
    byMessage.set(message, lines);
  }
  return [...byMessage].map(([message, lines]) => element('li', message + (lines.length ? strings.inLines(lines.join(', ')) : '')));
}

export function skippedItems(result, { fmt, strings }) {
  const { report, header } = result;
  if (report.skippedCount === 0) return [element('li', strings.skippedNone)];
  const items = report.skipped.map((row) => element('li', strings.skippedLine(fmt.whole(row.line), row.column >= 0 ? header[row.column] : '', row.text, row.message)));
  if (report.skippedCount > report.skipped.length) items.push(element('li', strings.skippedMore(fmt.whole(report.skippedCount - report.skipped.length))));
  return items;
}
