// Draws a plan the core computed into the plan view's parts (view.js).
// Only formatting and layout happen here.

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function gapPart(gap, fmt, strings) {
  const size = fmt.gap(gap);
  if (size === fmt.gap(0)) return { text: strings.gapSame };
  return gap > 0 ? { text: strings.gapMore(size), kind: 'more' } : { text: strings.gapLess(size), kind: 'less' };
}

function rateLabel(conversion, fmt, strings) {
  return {
    value: fmt.percent(conversion.rate),
    range: conversion.low === conversion.high ? strings.rateGiven
      : strings.rateRange(fmt.percent(conversion.low), fmt.percent(conversion.high)),
  };
}

function stepItems(plan, context) {
  const { fmt, strings, inputs, periodName } = context;
  const { stages, conversions } = plan;
  const items = [];
  if (inputs.revenue !== undefined) {
    items.push(strings.customersFromRevenue(fmt.money(inputs.revenue), fmt.money(inputs.dealValue), fmt.whole(plan.customers)));
  }
  for (let i = conversions.length - 1; i >= 0; i -= 1) {
    const below = stages[i + 1];
    const above = stages[i];
    const divisor = fmt.divisor(conversions[i].rate, inputs.counts[i]);
    items.push(`${fmt.whole(below.required)} ${fmt.stage(below.name, below.required)} ÷ ${divisor} = ${fmt.whole(above.required)} ${fmt.stage(above.name, above.required)}`);
  }
  const top = stages[0];
  if (top.historicalPerPeriod !== null) {
    items.push(strings.historyStep(fmt.whole(top.historicalCount), fmt.stage(top.name, 2), fmt.exact(inputs.historyMonths),
      fmt.oneDecimal(top.historicalPerPeriod), periodName));
  }
  return items.map((text) => element('li', '', text));
}

// "With 400 MQLs you reach your goal with 52 % probability. For 90 % …": from
// the plan's own confidence part, or one computed later for the point plan.
export function renderChance(parts, plan, confidence, context) {
  const { fmt, strings } = context;
  const { chance } = parts;
  chance.classList.remove('pending');
  chance.hidden = !confidence;  // null: no answer (beyond 2^53), and no sentence
  if (!confidence) return;
  const top = plan.stages[0];
  const topName = fmt.stage(top.name, 2);
  chance.textContent = strings.chance(fmt.whole(top.required), topName, fmt.probability(confidence.probabilityAtPlan))
    + strings.chanceFor(fmt.level(confidence.level), fmt.whole(confidence.stages[0].required), topName);
}

// The numbers the funnel shows: the point plan, or the chosen confidence level's.
export function shownRequirements(plan, level) {
  return (level ? plan.confidence.stages : plan.stages).map((stage) => stage.required);
}

// parts: the view's elements { chance, chart, overall, warnings, sensitivity, steps };
// context: { fmt, strings, drawFunnel (the shell's), periodName, inputs: { counts, historyMonths, revenue, dealValue, confidence } }.
// Returns the funnel as one sentence.
export function renderPlan(parts, plan, context) {
  const { fmt, strings, inputs, periodName } = context;
  const level = inputs.confidence;
  const required = shownRequirements(plan, level);
  const stages = plan.stages.map((stage, index) => {
    const history = [];
    if (level && required[index] !== stage.required) history.push({ text: strings.pointPlan(fmt.whole(stage.required)), kind: 'point' });
    if (stage.historicalPerPeriod !== null) history.push({ text: strings.soFar(fmt.oneDecimal(stage.historicalPerPeriod), periodName) });
    if (stage.gap !== null && !level) history.push(gapPart(stage.gap, fmt, strings));
    const meta = history.length ? [history] : [];
    if (stage.perWeek !== null && stage.perWorkingDay !== null) {
      meta.push([{ text: strings.cadence(fmt.oneDecimal(stage.perWeek), fmt.oneDecimal(stage.perWorkingDay)) }]);
    }
    return { count: fmt.whole(required[index]), name: fmt.stage(stage.name, required[index]), meta };
  });
  const rates = plan.conversions.map((conversion) => rateLabel(conversion, fmt, strings));
  const sentence = context.drawFunnel(parts.chart, { stages, rates });
  // The point plan's sentence is asked for separately, once typing pauses:
  // until then the last one stays, dimmed.
  if (level) renderChance(parts, plan, plan.confidence, context);
  else parts.chance.classList.add('pending');

  const first = plan.stages[0];
  const last = plan.stages[plan.stages.length - 1];
  parts.overall.replaceChildren(
    element('span', '', strings.overall(fmt.stage(first.name, 1), fmt.stage(last.name, 1))),
    element('strong', '', fmt.percent(plan.overallRate)),
  );
  const conversionLabel = (field) => {
    const conversion = plan.conversions[Number(/conversions\[(\d+)\]/.exec(field)?.[1])];
    return conversion ? `${fmt.stage(conversion.from, 1)} → ${fmt.stage(conversion.to, 1)}: ` : '';
  };
  parts.warnings.replaceChildren(
    ...plan.warnings.map((warning) => element('li', '', conversionLabel(warning.field) + warning.message)),
  );
  const topName = fmt.stage(first.name, 2);
  parts.sensitivity.replaceChildren(...plan.sensitivity.map((item) => element('li', '',
    item.saves > 0
      ? strings.sensitivityItem(fmt.stage(item.from, 1), fmt.stage(item.to, 1), fmt.whole(item.saves), topName, periodName)
      : strings.sensitivityNone(fmt.stage(item.from, 1), fmt.stage(item.to, 1)))));
  parts.steps.replaceChildren(...stepItems(plan, context));
  return sentence;
}
