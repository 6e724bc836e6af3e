// Drawing a review: the one line for the top of the meeting, the findings with
// the team that should act and its first steps, and the volumes against their
// targets. Every figure and sentence with numbers is the core's (core.review);
// this only lays them out and names them in the page's language.
import { monthLabel } from './table.js';

// The core's answer names the stages as the page showed them to it; the page names them from its own state (stages).
export const conversionName = (index, { fmt, stages }) => `${fmt.stage(stages[index], 1)} → ${fmt.stage(stages[index + 1], 1)}`;

// "2 Warnungen: MQL → SQL fällt (Marketing), Kunden unter Plan" (and what rose), or that all is well.
export function stateLine(result, context) {
  const { fmt, strings, stages } = context;
  const warnings = [];
  const positives = [];
  for (const finding of result.findings) {
    const team = strings.teams[finding.team];
    if (finding.kind === 'drop') warnings.push(strings.drop(conversionName(finding.conversion, context), team));
    else if (finding.kind === 'below_target') warnings.push(strings.belowTarget(fmt.stage(stages[finding.stage], 2)));
    else if (finding.kind === 'rise') positives.push(strings.rise(conversionName(finding.conversion, context)));
    else positives.push(strings.fewerButBetter(conversionName(finding.conversion, context)));
  }
  const parts = [];
  if (warnings.length) parts.push(strings.warnings(warnings.length, warnings.join(', ')));
  if (positives.length) parts.push(strings.positives(positives.length, positives.join(', ')));
  const targets = result.volumes.some((volume) => volume.months.some((month) => month.target !== null));
  return parts.length ? parts.join('; ') : strings.allClear(targets);
}

// Each finding: its urgency, the team, the core's sentence, and the first steps (the first finding's open).
export function findingItems(result, { strings }) {
  return result.findings.map((finding, index) => {
    const item = document.createElement('li');
    item.className = `finding ${finding.kind}`;
    item.dataset.severity = finding.severity;
    item.dataset.team = finding.team;
    const head = document.createElement('p');
    head.className = 'finding-head';
    const badge = Object.assign(document.createElement('span'), { className: 'badge', textContent: strings.severity[finding.severity] });
    const team = Object.assign(document.createElement('span'), { className: 'team', textContent: strings.teams[finding.team] });
    head.append(badge, team);
    const message = Object.assign(document.createElement('p'), { className: 'message', textContent: finding.message });
    const advice = document.createElement('details');
    advice.open = index === 0;
    advice.append(Object.assign(document.createElement('summary'), { textContent: strings.adviceTitle }));
    const steps = document.createElement('ul');
    steps.append(...finding.advice.map((step) => Object.assign(document.createElement('li'), { textContent: step })));
    advice.append(steps);
    item.append(head, message, advice);
    return item;
  });
}

// Where the targets came from, in a line above the volumes.
export function targetsNote(targetsFrom, strings) {
  const { source, first, last, message } = targetsFrom;
  const texts = strings.targetsFrom;
  if (source === 'schedule') return texts.schedule(monthLabel(first, strings), monthLabel(last, strings));
  if (source === 'outside') return texts.outside(monthLabel(first, strings), monthLabel(last, strings));
  if (source === 'failed') return texts.failed(message);
  return texts[source];
}

const cell = (tag, text, className) => Object.assign(document.createElement(tag), { textContent: text, ...(className ? { className } : {}) });

// The volumes: a row per month, a column per stage: the count, and below it the target and the gap.
export function fillVolumes(table, result, { fmt, strings, stages }) {
  const head = document.createElement('tr');
  head.append(cell('th', strings.month, 'corner'), ...stages.map((name) => cell('th', fmt.stage(name, 2))));
  const rows = result.volumes[0].months.map((_, i) => {
    const row = document.createElement('tr');
    const month = cell('th', monthLabel(result.volumes[0].months[i].month, strings, true), 'row');
    month.scope = 'row';
    row.append(month, ...result.volumes.map((volume) => {
      const { actual, target, gap } = volume.months[i];
      const box = cell('td', fmt.whole(actual));
      if (target !== null) {
        const note = cell('span', strings.target(fmt.whole(target)), 'target');
        if (gap !== null) {
          const sign = gap < 0 ? '−' : '+';
          note.append(' · ', cell('span', `${sign}${fmt.gap(gap)}`, gap < -0.1 ? 'gap below' : 'gap'));
        }
        box.append(note);
      }
      return box;
    }));
    return row;
  });
  table.replaceChildren(document.createElement('thead'), document.createElement('tbody'));
  table.tHead.append(head);
  table.tBodies[0].append(...rows);
}
