// Draws what the core computed. Only formatting and layout happen here.

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function stageItem(position, count, name, metaParts) {
  const item = element('li', 'stage');
  item.style.setProperty('--position', position);
  item.dataset.position = position;
  const bar = element('div', 'bar');
  bar.append(element('span', 'count', count), element('span', 'name', name));
  const meta = element('div', 'meta');
  meta.append(...metaParts);
  item.append(bar, meta);
  return item;
}

function gapPart(gap, fmt, strings) {
  const size = fmt.gap(gap);
  const same = size === fmt.gap(0);
  const kind = same ? 'same' : gap > 0 ? 'more' : 'less';
  const text = same ? strings.gapSame : kind === 'more' ? strings.gapMore(size) : strings.gapLess(size);
  return element('span', `gap ${kind}`, text);
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
    const divisor = fmt.divisor(conversions[i].rate, inputs.counts[i]);
    const text = `${fmt.whole(below.required)} ${fmt.stage(below.name, below.required)} ÷ ${divisor} = ${fmt.whole(above.required)} ${fmt.stage(above.name, above.required)}`;
    items.push(element('li', '', text));
  }
  const top = stages[0];
  if (top.historicalPerPeriod !== null) {
    const name = fmt.stage(top.name, 2);
    const text = strings.historyStep(fmt.whole(top.historicalCount), name, fmt.exact(inputs.historyMonths),
      fmt.oneDecimal(top.historicalPerPeriod));
    items.push(element('li', '', text));
  }
  return items;
}

// The numbers the funnel shows: the point plan, or the chosen confidence level's.
function shownRequirements(plan, level) {
  return level ? plan.confidence.stages.map((stage) => stage.required) : plan.stages.map((stage) => stage.required);
}

function chanceText(plan, level, fmt, strings) {
  const { confidence } = plan;
  const top = plan.stages[0];
  const topName = fmt.stage(top.name, 2);
  const sentence = strings.chance(fmt.whole(top.required), topName, fmt.percent(confidence.probabilityAtPlan));
  const needed = confidence.stages[0].required;
  return sentence + strings.chanceFor(fmt.level(level ?? confidence.level), fmt.whole(needed), topName);
}

function fillSummary(root, parts, strings) {
  const summary = root.querySelector('#summary');
  summary.textContent = parts.join(' → ');
  summary.setAttribute('aria-label', `${strings.summaryLabel}: ${summary.textContent}`);
  summary.hidden = false;
}

// plan: the core's result; inputs: { counts: per conversion {fromCount, toCount} or null,
// historyMonths, confidence: the chosen level or null for the point plan }.
export function renderPlan(root, plan, inputs, fmt, strings) {
  const level = inputs.confidence;
  const required = shownRequirements(plan, level);
  const items = [];
  plan.stages.forEach((stage, index) => {
    const meta = [];
    if (level && required[index] !== stage.required) {
      meta.push(element('span', 'point', strings.pointPlan(fmt.whole(stage.required))));
    }
    if (stage.historicalPerPeriod !== null) {
      meta.push(element('span', 'so-far', strings.soFar(fmt.oneDecimal(stage.historicalPerPeriod))));
    }
    if (stage.gap !== null && !level) meta.push(gapPart(stage.gap, fmt, strings));
    items.push(stageItem(index, fmt.whole(required[index]), fmt.stage(stage.name, required[index]), meta));
    if (index < plan.conversions.length) items.push(rateItem(plan.conversions[index], fmt, strings));
  });
  root.querySelector('#funnel').replaceChildren(...items);
  root.querySelector('#chance').textContent = chanceText(plan, level, fmt, strings);
  root.querySelector('#chance').hidden = false;

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
  fillSummary(root, plan.stages.map((stage, index) => `${fmt.whole(required[index])} ${fmt.stage(stage.name, required[index])}`), strings);
}

export function renderForecast(root, forecast, fmt, strings) {
  const items = forecast.stages.map((stage, index) => {
    if (index === 0) {
      return stageItem(index, fmt.whole(stage.expected), fmt.stage(stage.name, stage.expected), [element('span', '', strings.given)]);
    }
    const meta = [element('span', 'range', strings.forecastRange(fmt.whole(stage.low), fmt.whole(stage.high)))];
    return stageItem(index, `≈ ${fmt.whole(stage.expected)}`, fmt.stage(stage.name, 2), meta);
  });
  root.querySelector('#funnel').replaceChildren(...items);
  root.querySelector('#chance').hidden = true;
  fillSummary(root, forecast.stages.map((stage) => `${fmt.whole(stage.expected)} ${fmt.stage(stage.name, 2)}`), strings);
}

