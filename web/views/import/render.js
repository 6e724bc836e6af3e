// Drawing what an import read: the overview, the columns used for each stage
// (as choices the person can change), the history for the plan, the days
// between stages, the counts per month and the rows it skipped. Every figure
// is the core's (core.importFile); this only lays them out.
const element = (tag, text, className) => Object.assign(document.createElement(tag), { textContent: text, ...(className ? { className } : {}) });

export function overviewRows(file, result, { fmt, strings }) {
  const { report } = result;
  const rows = [
    [strings.fileLabel, file.name],
    [strings.formatLabel, strings.format(result.encoding.toUpperCase(), strings.delimiters[result.delimiter] ?? result.delimiter)],
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
  const fields = stages.map((name, s) => choice(`stage-${s}`, (monthly ? strings.countColumn : strings.dateColumn)(fmt.stage(name, 2)),
    mapping.stages[s] ?? -1, { mapStage: String(s) }));
  if (monthly) fields.unshift(choice('month', strings.monthColumn, mapping.month, { mapMonth: '' }));
  else fields.push(choice('channel', strings.channelColumn, mapping.channel, { mapChannel: '' }));
  box.replaceChildren(...fields);
}

export function historyItems(result, { fmt, strings, stages }) {
  return result.history.map((conversion, s) => {
    const item = element('li', strings.historyLine(fmt.whole(conversion.fromCount), fmt.stage(stages[s], 2), fmt.whole(conversion.toCount),
      fmt.stage(stages[s + 1], 2), conversion.first, conversion.last));
    if (conversion.maturing) item.append(element('span', ` – ${strings.maturing}`, 'maturing'));
    return item;
  });
}

export function lagItems(result, { fmt, strings, stages }) {
  return result.lags.map((lag, s) => {
    const from = fmt.stage(stages[s], 2);
    const to = fmt.stage(stages[s + 1], 2);
    const text = lag.median === null ? strings.lagNone(from, to)
      : strings.lagLine(from, to, fmt.oneDecimal(lag.median), fmt.whole(lag.p80), fmt.whole(lag.count));
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

export function skippedItems(result, { fmt, strings }) {
  const { report, header } = result;
  if (report.skippedCount === 0) return [element('li', strings.skippedNone)];
  const items = report.skipped.map((row) => element('li', strings.skippedLine(fmt.whole(row.line), row.column >= 0 ? header[row.column] : '', row.text, row.message)));
  if (report.skippedCount > report.skipped.length) items.push(element('li', strings.skippedMore(fmt.whole(report.skippedCount - report.skipped.length))));
  return items;
}
