// A conversion's rate month by month: a dot for each month's rate, a bar for
// its 95 % interval (short where many leads stand behind it, long where few
// do), the plan's rate as a dashed line, and the last three months shaded
// in the colour of what the test found there. Drawn at the width it is shown
// at with DOM calls, never from HTML strings (stage names are user text);
// role="img", described by the core's sentences about the two windows.
const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 150;
const TOP = 10;
const AXIS = 22;
const LEFT = 40;  // the room of the rate labels
const RIGHT = 64;  // the room of the plan line's label
const AXIS_LABEL = 46;

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// conversion: one of core.review()'s; months: the axis labels; format(rate): "25 %".
export function rateChart({ conversion, months, width, title, planLabel, format, id }) {
  const plot = Math.max(40, width - LEFT - RIGHT);
  const slot = plot / months.length;
  const bottom = HEIGHT - AXIS;
  // The axis up to a round rate above the highest interval and the plan's rate (0 %, half of it, all of it).
  const highest = Math.min(1, Math.max(0.02, conversion.reference ?? 0, ...conversion.months.map((month) => month.high ?? month.rate ?? 0)) * 1.05);
  const round = highest > 0.5 ? 0.2 : highest > 0.2 ? 0.1 : highest > 0.1 ? 0.05 : 0.02;
  const peak = Math.min(1, Math.ceil(highest / round) * round);
  const y = (rate) => bottom - ((bottom - TOP) * Math.min(rate, peak)) / peak;
  const x = (index) => LEFT + index * slot + slot / 2;
  const parts = [];
  const quarter = conversion.windows[1];
  if (quarter.status !== 'insufficient') {
    const rated = conversion.months.map((month, i) => (month.rate === null ? -1 : i)).filter((i) => i >= 0).slice(-3);
    const from = LEFT + rated[0] * slot;
    parts.push(svg('rect', { class: `window ${quarter.status}`, x: from, y: TOP - 4, width: LEFT + (rated.at(-1) + 1) * slot - from, height: bottom - TOP + 4 }));
  }
  for (const rate of [0, peak / 2, peak]) {
    parts.push(svg('line', { class: 'grid', x1: LEFT, x2: LEFT + plot, y1: y(rate), y2: y(rate) }));
    parts.push(svg('text', { class: 'axis', x: LEFT - 6, y: y(rate) + 4, 'text-anchor': 'end' }, format(rate)));
  }
  if (conversion.reference !== null) {
    parts.push(svg('line', { class: 'plan', x1: LEFT, x2: LEFT + plot, y1: y(conversion.reference), y2: y(conversion.reference) }));
    parts.push(svg('text', { class: 'plan-label', x: LEFT + plot + 6, y: y(conversion.reference) + 4 }, planLabel));
  }
  conversion.months.forEach((month, index) => {
    if (month.rate === null) return;
    if (month.low !== null) parts.push(svg('line', { class: 'interval', x1: x(index), x2: x(index), y1: y(month.low), y2: y(month.high) }));
    parts.push(svg('circle', { class: 'rate', part: 'bar', cx: x(index), cy: y(month.rate), r: 3.5 }));
  });
  const step = [1, 2, 3, 6, 12].find((every) => every * slot >= AXIS_LABEL) ?? 12;
  months.forEach((label, index) => {
    if ((months.length - 1 - index) % step !== 0) return;  // the latest month always labelled
    parts.push(svg('text', { class: 'axis', x: x(index), y: HEIGHT - 6, 'text-anchor': 'middle' }, label));
  });
  const root = svg('svg', { viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: 'img', 'aria-labelledby': `${id}-title ${id}-description` });
  const description = conversion.windows.map((window) => window.message).join(' ');
  root.append(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-description` }, description), ...parts);
  return root;
}
