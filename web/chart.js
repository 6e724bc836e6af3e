// The funnel as an SVG drawn at the width it is shown at (1 unit = 1 px), so
// its text stays readable on a phone. Built with DOM calls, never from HTML
// strings: stage names are user text. role="img" with a title and a
// description that reads the whole funnel as a sentence.
const SVG = 'http://www.w3.org/2000/svg';
const BAR_HEIGHT = 58;
const LINE = 18;
const RATE_GAP = 46;

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// stages: [{ count, name, meta: [[{ text, kind }, ...], ...] }] (lines of parts), top first;
// rates: [{ value, range }] between them ("25 % davon werden SQLs", "wahrscheinlich 24–26 %"); width: the space it gets, in px;
// id: what the title's and description's ids begin with (unique in the root).
export function funnelChart({ stages, rates, width, title, description, id }) {
  const narrow = width < 520;
  const parts = [];
  let y = 0;
  stages.forEach((stage, index) => {
    const barWidth = Math.max(width * 0.5, width * (1 - (index * (narrow ? 0.1 : 0.16))));
    const x = (width - barWidth) / 2;
    parts.push(svg('rect', { class: 'bar', x, y, width: barWidth, height: BAR_HEIGHT, rx: 12, part: 'bar' }));
    const label = svg('text', { x: width / 2, y: y + BAR_HEIGHT / 2 + 9, 'text-anchor': 'middle' });
    label.append(svg('tspan', { class: 'count' }, stage.count), svg('tspan', { class: 'name', dx: 8 }, stage.name));
    parts.push(label);
    y += BAR_HEIGHT + 4;
    // Meta lines as given; on a narrow chart each part of a line gets its own.
    const lines = narrow ? stage.meta.flat().map((part) => [part]) : stage.meta;
    for (const line of lines) {
      y += LINE;
      const text = svg('text', { class: 'meta', x: width / 2, y, 'text-anchor': 'middle' });
      line.forEach((part, i) => text.append(svg('tspan', { class: part.kind ?? '', dx: i ? 12 : 0 }, part.text)));
      parts.push(text);
    }
    if (index < rates.length) {
      // The rate and how sure it is: side by side, or on a narrow chart one under the other.
      const rate = rates[index];
      const line = svg('text', { x: width / 2, y: y + 26, 'text-anchor': 'middle' });
      line.append(svg('tspan', { class: 'rate' }, rate.value));
      if (narrow) {
        parts.push(line, svg('text', { class: 'range', x: width / 2, y: y + 26 + LINE, 'text-anchor': 'middle' }, rate.range));
        y += LINE;
      } else {
        line.append(svg('tspan', { class: 'range', dx: 10 }, rate.range));
        parts.push(line);
      }
      y += RATE_GAP;
    } else {
      y += 6;
    }
  });
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${y}`, width, height: y, role: 'img', 'aria-labelledby': `${id}-title ${id}-description`,
  });
  root.append(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-description` }, description), ...parts);
  return root;
}

// Draws the funnel into a view's figure and returns it as one sentence
// ("400 MQLs → 100 SQLs → 50 Kunden"), which the shell also shows as the
// summary bar and announces. strings: the shell's (chartTitle, chartDescription).
export function drawFunnel(figure, { stages, rates, width, strings }) {
  const sentence = stages.map((stage) => `${stage.count} ${stage.name}`).join(' → ');
  figure.replaceChildren(funnelChart({
    stages, rates, width, title: strings.chartTitle, description: strings.chartDescription(sentence), id: figure.id,
  }));
  return sentence;
}
