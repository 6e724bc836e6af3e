// What a plan was made from, as rows: every export and the printout begin
// with them, so a plan handed on to sales says what it rests on. Only lays
// out what the core computed and the person typed; nothing is worked out here.
// context: the plan's render context (view.js): { fmt, strings, periodName,
// inputs: { counts, historyMonths, revenue, dealValue, confidence } }, plus
// date and link where the export names them.

// [{ label, value, text }]: value is the number for a data file (or null),
// text how a person reads it.
export function inputRows(plan, context) {
  const { fmt, strings, periodName, inputs, date, link } = context;
  const rows = [];
  const row = (label, value, text) => rows.push({ label, value, text });
  if (date) row(strings.asOfLabel, null, date);  // the printout has its date above
  if (inputs.revenue !== undefined) {
    row(strings.revenueGoalLabel(periodName), inputs.revenue, fmt.money(inputs.revenue));
    row(strings.dealLabel, inputs.dealValue, fmt.money(inputs.dealValue));
  }
  row(strings.goalLabel(periodName), plan.customers, fmt.whole(plan.customers));
  row(strings.confidenceLabel, null, inputs.confidence ? fmt.level(inputs.confidence) : strings.averageRates);
  if (inputs.historyMonths !== undefined) row(strings.historyMonthsLabel, inputs.historyMonths, fmt.exact(inputs.historyMonths));
  if (link) row(strings.linkLabel, null, link);
  return rows;
}

// One per conversion: [{ name, fromCount, toCount, rate, text }], the counts
// null where a rate was given.
export function conversionRows(plan, { fmt, strings, inputs }) {
  return plan.conversions.map((conversion, index) => {
    const counts = inputs.counts[index];
    const rate = fmt.precisePercent(conversion.rate);
    return {
      name: `${fmt.stage(conversion.from, 1)} → ${fmt.stage(conversion.to, 1)}`,
      fromCount: counts?.fromCount ?? null,
      toCount: counts?.toCount ?? null,
      rate: conversion.rate,
      text: counts
        ? strings.countsInput(fmt.whole(counts.fromCount), fmt.stage(conversion.from, counts.fromCount), fmt.whole(counts.toCount), fmt.stage(conversion.to, counts.toCount), rate)
        : strings.rateInput(rate),
    };
  });
}
