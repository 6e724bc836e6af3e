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

// Between two bars: "25 % davon werden SQLs", with how sure that rate is.
function rateLabel(conversion, fmt, strings) {
  return {
    value: strings.rateBecomes(fmt.percent(conversion.rate), fmt.stage(conversion.to, 2)),
    range: conversion.low === conversion.high ? strings.rateGiven
      : strings.rateRange(fmt.percent(conversion.low), fmt.percent(conversion.high)),
  };
}

// "36,1 → 37 Kunden (aufgerundet)", or "400 MQLs" where nothing was rounded.
function rounded(stage, fmt, strings) {
  const name = fmt.stage(stage.name, stage.required);
  const whole = fmt.whole(stage.required);
  if (stage.unrounded === null || stage.unrounded === stage.required) return `${whole} ${name}`;
  return strings.roundedUp(fmt.oneDecimal(stage.unrounded), whole, name);
}

function stepItems(plan, context) {
  const { fmt, strings, inputs, periodName } = context;
  const { stages, conversions } = plan;
  const items = [];
  const level = inputs.confidence;
  if (level) {
    const top = plan.confidence.stages[0];
    items.push(strings.levelStep(fmt.level(level), fmt.whole(top.required), fmt.stage(top.name, 2), fmt.whole(stages[0].required)));
  }
  if (inputs.revenue !== undefined) {
    items.push(strings.customersFromRevenue(fmt.money(inputs.revenue), fmt.money(inputs.dealValue), rounded(stages[stages.length - 1], fmt, strings)));
  }
  for (let i = conversions.length - 1; i >= 0; i -= 1) {
    const below = stages[i + 1];
    const counts = inputs.counts[i];
    const rate = counts ? strings.rateOfCounts(fmt.percent(conversions[i].rate), fmt.whole(counts.toCount), fmt.whole(counts.fromCount))
      : fmt.percent(conversions[i].rate);
    items.push(`${fmt.whole(below.required)} ${fmt.stage(below.name, below.required)} ÷ ${rate} = ${rounded(stages[i], fmt, strings)}`);
  }
  const top = stages[0];
  if (top.historicalPerPeriod !== null) {
    items.push(strings.historyStep(fmt.whole(top.historicalCount), fmt.stage(top.name, 2), fmt.exact(inputs.historyMonths),
      fmt.oneDecimal(top.historicalPerPeriod), periodName));
  }
  const days = plan.workingDays;
  if (days) {
    const month = (text) => `${strings.months[Number(text.slice(5)) - 1]} ${text.slice(0, 4)}`;
    const holidays = days.holidays.map((day) => strings.dayOfYear(Number(day.slice(5, 7)), Number(day.slice(8)))).join(', ');
    items.push(strings.workingDaysStep(fmt.whole(days.count), month(days.from), month(days.to), holidays));
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

// The stages the plan shows: the average-rate plan's, or the chosen
// confidence level's, each with its own figures (per month, week and working
// day, the gap to the history): every figure on screen and in the exports is
// the same level's.
export function shownStages(plan, level) {
  return level ? plan.confidence.stages : plan.stages;
}

// parts: the view's elements { chance, pooling, chart, overall, warnings, sensitivity, sensitivityNote, steps };
// context: { fmt, strings, drawFunnel (the shell's), periodName, periodMonths, inputs: { counts, historyMonths, revenue, dealValue, confidence } }.
// Returns the funnel as one sentence.
export function renderPlan(parts, plan, context) {
  const { fmt, strings, inputs, periodName } = context;
  const level = inputs.confidence;
  const stages = shownStages(plan, level).map((stage, index) => {
    const meta = [];
    const average = plan.stages[index].required;
    if (level && stage.required !== average) meta.push([{ text: strings.atAverage(fmt.whole(average)), kind: 'point' }]);
    const history = [];
    if (stage.historicalPerPeriod !== null) history.push({ text: strings.soFar(fmt.oneDecimal(stage.historicalPerPeriod), periodName) });
    if (stage.gap !== null) history.push(gapPart(stage.gap, fmt, strings));
    if (history.length) meta.push(history);
    if (stage.perWeek !== null && stage.perWorkingDay !== null) {
      // A quarter's or year's plan per month too; on a narrow chart that is a line of its own.
      const perMonth = context.periodMonths !== 1 && stage.perMonth !== null ? [{ text: strings.perMonth(fmt.oneDecimal(stage.perMonth)) }] : [];
      meta.push([...perMonth, { text: strings.cadence(fmt.oneDecimal(stage.perWeek), fmt.oneDecimal(stage.perWorkingDay)) }]);
    }
    return { count: fmt.whole(stage.required), name: fmt.stage(stage.name, stage.required), meta };
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
  parts.sensitivity.replaceChildren(...plan.sensitivity.map((item) => {
    const conversion = plan.conversions[item.conversion];
    const change = strings.sensitivityChange(fmt.stage(item.from, 2), fmt.stage(item.to, 2), fmt.percent(conversion.rate), fmt.percent(item.improvedRate));
    return element('li', '', item.saves > 0 ? strings.sensitivitySaves(change, fmt.whole(item.saves), topName, periodName) : strings.sensitivityNone(change));
  }));
  parts.sensitivityNote.hidden = !level;
  parts.pooling.hidden = !level || context.periodMonths === 1;
  if (!parts.pooling.hidden) parts.pooling.textContent = strings.pooling(periodName, fmt.whole(context.periodMonths), fmt.level(level));
  parts.steps.replaceChildren(...stepItems(plan, context));
  return sentence;
}
