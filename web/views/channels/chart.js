// Today's and the recommended spend per month of each channel as pairs of
// bars on one scale. Drawn at the width it is shown at with DOM calls, never
// from HTML strings (channel names are user text); role="img", described by
// the sentence for the budget meeting.
const SVG = 'http://www.w3.org/2000/svg';
const NAME = 130;  // the room of a channel's name
const VALUE = 90;  // the room of the larger bar's amount
const BAR = 12;
const ROW = 2 * BAR + 14;

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// rows: [{ name, today, recommended, todayText, recommendedText }]
export function mixBars({ rows, width, labels, title, description, id }) {
  const plot = Math.max(40, width - NAME - VALUE);
  const peak = Math.max(1, ...rows.flatMap((row) => [row.today, row.recommended]));
  const height = rows.length * ROW + 18;
  const parts = [];
  rows.forEach((row, i) => {
    const y = i * ROW;
    parts.push(svg('text', { class: 'name', x: 0, y: y + BAR + 4 }, row.name));
    [['today', row.today, row.todayText], ['recommended', row.recommended, row.recommendedText]].forEach(([kind, value, text], k) => {
      const barWidth = Math.max(value > 0 ? 2 : 0, (plot * value) / peak);
      parts.push(svg('rect', { class: `bar ${kind}`, part: 'bar', x: NAME, y: y + k * BAR, width: barWidth, height: BAR - 2, rx: 2 }));
      parts.push(svg('text', { class: 'amount', x: NAME + barWidth + 6, y: y + k * BAR + BAR - 3 }, text));
    });
  });
  const legend = height - 4;
  parts.push(svg('rect', { class: 'bar today', x: NAME, y: legend - 9, width: 10, height: 10 }), svg('text', { class: 'amount', x: NAME + 14, y: legend }, labels.today));
  parts.push(svg('rect', { class: 'bar recommended', x: NAME + 90, y: legend - 9, width: 10, height: 10 }), svg('text', { class: 'amount', x: NAME + 104, y: legend }, labels.recommended));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': `${id}-title ${id}-description` });
  root.append(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-description` }, description), ...parts);
  return root;
}
