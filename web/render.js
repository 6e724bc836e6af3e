// Draws a plan the core computed. Only formatting and layout happen here.

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function stageItem(stage, position, fmt, strings) {
  const item = element('li', 'stage');
  item.style.setProperty('--position', position);
  const bar = element('div', 'bar');
  bar.append(element('span', 'count', fmt.whole(stage.required)), element('span', 'name', fmt.stage(stage.name, stage.required)));
  const meta = element('div', 'meta');
  if (stage.historicalPerPeriod !== null) {
    meta.append(element('span', 'so-far', strings.soFar(fmt.oneDecimal(stage.historicalPerPeriod))));
  }
  if (stage.gap !== null) {
    const size = fmt.gap(stage.gap);
    const same = size === fmt.gap(0);
    const kind = same ? 'same' : stage.gap > 0 ? 'more' : 'less';
    const text = same ? strings.gapSame : kind === 'more' ? strings.gapMore(size) : strings.gapLess(size);
    meta.append(element('span', `gap ${kind}`, text));
  }
  item.append(bar, meta);
  return item;
}

function rateItem(conversion, fmt, strings) {
  const item = element('li', 'rate');
  item.append(element('span', 'arrow', '↓'), element('strong', 'value', fmt.percent(conversion.rate)));
  const range =
    conversion.low === conversion.high
      ? strings.rateGiven
      : strings.rateRange(fmt.percent(conversion.low), fmt.percent(conversion.high));
  item.append(element('span', 'range', range));
  return item;
}

function stepItems(plan, inputs, fmt, strings) {
  const { stages, conversions } = plan;
  const items = [];
  for (let i = conversions.length - 1; i >= 0; i -= 1) {
    const below = stages[i + 1];
    const above = stages[i];
    const text = `${fmt.whole(below.required)} ${fmt.stage(below.name, below.required)} ÷ ${fmt.decimal(conversions[i].rate)} = ${fmt.whole(above.required)} ${fmt.stage(above.name, above.required)}`;
    items.push(element('li', '', text));
  }
  const top = stages[0];
  if (top.historicalPerPeriod !== null && inputs.topCount !== undefined) {
    const name = fmt.stage(top.name, 2);
    items.push(element('li', '', strings.historyStep(fmt.whole(inputs.topCount), name, fmt.oneDecimal(inputs.historyMonths), fmt.oneDecimal(top.historicalPerPeriod))));
  }
  return items;
}

// plan: the core's result; inputs: { topCount, historyMonths } as the user entered them.
export function renderPlan(root, plan, inputs, fmt, strings) {
  const funnel = root.querySelector('#funnel');
  const items = [];
  plan.stages.forEach((stage, index) => {
    items.push(stageItem(stage, index, fmt, strings));
    if (index < plan.conversions.length) items.push(rateItem(plan.conversions[index], fmt, strings));
  });
  funnel.replaceChildren(...items);

  const first = plan.stages[0];
  const last = plan.stages[plan.stages.length - 1];
  root.querySelector('#overall').replaceChildren(
    element('span', '', strings.overall(fmt.stage(first.name, 1), fmt.stage(last.name, 1))),
    element('strong', '', fmt.percent(plan.overallRate)),
  );

  const conversionLabel = (field) => {
    const index = Number(/conversions\[(\d+)\]/.exec(field)?.[1]);
    const conversion = plan.conversions[index];
    return conversion ? `${fmt.stage(conversion.from, 1)} → ${fmt.stage(conversion.to, 1)}: ` : '';
  };
  root.querySelector('#warnings').replaceChildren(
    ...plan.warnings.map((warning) => element('li', '', conversionLabel(warning.field) + warning.message)),
  );
  root.querySelector('#steps').replaceChildren(...stepItems(plan, inputs, fmt, strings));

  const summary = root.querySelector('#summary');
  summary.textContent = plan.stages.map((stage) => `${fmt.whole(stage.required)} ${fmt.stage(stage.name, stage.required)}`).join(' → ');
  summary.setAttribute('aria-label', `${strings.summaryLabel}: ${summary.textContent}`);
  summary.hidden = false;
}
