// The schedule as a chart: one row of bars per stage, each scaled to its own
// largest month (the stages differ by orders of magnitude), the months on one
// axis for all, the lead months before the start shaded. Drawn at the width it
// is shown at (1 unit = 1 px) with DOM calls, never from HTML strings: stage
// names are user text. role="img", with the schedule's sentence as its description.
const SVG = 'http://www.w3.org/2000/svg';
const LABEL = 20;  // a stage's name above its bars
const BARS = 44;
const ROW_GAP = 14;
const AXIS = 22;
const AXIS_LABEL = 46;  // the room a month's label ("Mär 27") takes, in px

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// rows: [{ name, peak (text), perMonth: [numbers] }]; months: axis labels per
// month; leadMonths: how many come before the start; leadLabel: the shade's word.
export function timelineChart({ rows, months, leadMonths, leadLabel, width, title, description, id }) {
  const slot = width / months.length;
  const gap = Math.min(4, slot * 0.25);
  const top = LABEL;
  const height = rows.length * (LABEL + BARS + ROW_GAP) + AXIS;
  const parts = [];
  if (leadMonths > 0) {
    parts.push(svg('rect', { class: 'lead', x: 0, y: 0, width: slot * leadMonths, height: height - AXIS + 4 }));
    parts.push(svg('line', { class: 'start', x1: slot * leadMonths, x2: slot * leadMonths, y1: 0, y2: height - AXIS + 4 }));
  }
  rows.forEach((row, index) => {
    const y = index * (LABEL + BARS + ROW_GAP);
    const name = svg('text', { class: 'row-name', x: leadMonths > 0 ? slot * leadMonths + 6 : 0, y: y + 14 });
    name.append(svg('tspan', { class: 'name' }, row.name), svg('tspan', { class: 'peak', dx: 8 }, row.peak));
    parts.push(name);
    const peak = Math.max(...row.perMonth, 1);
    row.perMonth.forEach((count, month) => {
      if (count <= 0) return;
      const barHeight = Math.max(1.5, (BARS * count) / peak);
      parts.push(svg('rect', {
        class: 'bar', part: 'bar', x: month * slot + gap / 2, y: y + top + BARS - barHeight, width: Math.max(1, slot - gap), height: barHeight, rx: Math.min(3, slot / 4),
      }));
    });
  });
  // Month labels: each month when there is room, else every second, third, sixth or twelfth; none cut at the edges.
  const step = [1, 2, 3, 6, 12].find((every) => every * slot >= AXIS_LABEL) ?? 12;
  months.forEach((label, month) => {
    if (month % step !== 0) return;
    const x = Math.min(Math.max(month * slot + slot / 2, AXIS_LABEL / 2), width - AXIS_LABEL / 2);
    parts.push(svg('text', { class: 'axis', x, y: height - 6, 'text-anchor': 'middle' }, label));
  });
  if (leadMonths > 0) parts.push(svg('text', { class: 'lead-label', x: 4, y: height - AXIS - 4 }, leadLabel));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': `${id}-title ${id}-description` });
  root.append(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-description` }, description), ...parts);
  return root;
}
