// What the review rests on, in words: its inputs as label/text rows (the
// printout, the exports), a field's name in a notice about a link, and an
// import's counts as the cells of the review's table.
import { monthLabel, monthsFrom } from './table.js';

// [{ label, text }]: the period, the targets, the baseline, the threshold, the months between stages.
export function inputRows(request, state, { fmt, strings }) {
  const { months, lagMonths } = request.review;
  const { review, stages } = state;
  return [
    { label: strings.rangeLabel, text: `${monthLabel(months[0].month, strings)} – ${monthLabel(months.at(-1).month, strings)}` },
    { label: strings.targetsLabel, text: strings.targets[review.targets] },
    { label: strings.baselineLabel, text: strings.baselines[review.baseline] },
    { label: strings.alphaLabel, text: strings.alphas[review.alpha] },
    ...lagMonths.map((lag, i) => ({
      label: `${strings.lagTitle}: ${strings.lagLabel(fmt.stage(stages[i], 2), fmt.stage(stages[i + 1], 2))}`,
      text: fmt.whole(lag),
    })),
  ];
}

// How a notice (a link's part it could not take over) names a field of this view.
export function fieldLabel(field, { strings, fmt, state }) {
  const cell = /^reviewCounts\[(\d+)\]\[(\d+)\]$/.exec(field);
  if (cell) {
    const month = monthsFrom(state.review.from, Number(cell[1]) + 1).at(-1);
    return `${strings.inputsTitle}: ${monthLabel(month, strings)}, ${fmt.stage(state.stages[Number(cell[2])] ?? '', 2)}`;
  }
  const labels = {
    reviewFrom: strings.fromLabel, reviewTo: strings.toLabel, reviewCounts: strings.inputsTitle, reviewAlpha: strings.alphaLabel,
    reviewTargets: strings.targetsLabel, reviewBaseline: strings.baselineLabel, reviewLags: strings.lagTitle,
  };
  if (/^reviewLags\[\d+\]$/.test(field)) return strings.lagTitle;
  return Object.hasOwn(labels, field) ? labels[field] : null;
}

// An import's counts ({ first, counts: [stage][month] }) as cells, spelled as typed, and the line that says so.
export function importedCells(imported, stages, { fmt, strings }) {
  const months = monthsFrom(imported.first, imported.counts[0].length);
  const cells = months.flatMap((month, m) => stages.flatMap((_, stage) => (
    stage < imported.counts.length ? [{ month, stage, text: fmt.exact(imported.counts[stage][m]) }] : [])));
  return [cells, strings.imported(months.length, monthLabel(months[0], strings), monthLabel(months.at(-1), strings))];
}
