// The SLA in English, with the plan's own figures: the same document as
// sla-de.js, written for English-speaking teams rather than translated.
// facts: the figures and names, spelled (sla.js).
const by = (name, role) => (name ? `${role}, represented by ${name}` : role);

function commitments(f) {
  const [only] = f.commitments;
  if (!f.months) {
    if (f.sameStage) return [{ kind: 'paragraph', text: `Marketing commits to handing at least ${only.handoff} ${f.handoff.many} to sales each month, that is at least ${only.handoffWeekly} a week.` }];
    return [{ kind: 'paragraph', text: `Marketing commits to generating at least ${only.top} ${f.top.many} and handing at least ${only.handoff} ${f.handoff.many} to sales each month, that is at least ${only.topWeekly} ${f.top.many} and ${only.handoffWeekly} ${f.handoff.many} a week.` }];
  }
  const header = f.sameStage ? ['Month', f.handoff.many, 'per week'] : ['Month', f.top.many, 'per week', f.handoff.many, 'per week'];
  const rows = f.commitments.map((m) => (f.sameStage ? [m.month, m.handoff, m.handoffWeekly] : [m.month, m.top, m.topWeekly, m.handoff, m.handoffWeekly]));
  return [
    { kind: 'paragraph', text: 'Marketing commits to delivering at least the following each month. Weekly figure = monthly figure × 12 ÷ 52, rounded up.' },
    { kind: 'table', header, align: header.map((_, i) => (i === 0 ? 'left' : 'right')), rows },
  ];
}

export function slaEn(f) {
  const company = f.company ? ` of ${f.company}` : '';
  const basis = [`It is based on the shared funnel plan of ${f.today}: ${f.goal} per ${f.periodName}`];
  if (f.rates.length) basis.push(` at conversion rates of ${f.rates.map((r) => `${r.rate} (${r.from} → ${r.to})`).join(', ')}`);
  basis.push('.');
  if (f.confidence) basis.push(` The volumes are planned to reach the goal with ${f.confidence} probability.`);
  if (f.months) basis.push(` The monthly commitments follow the schedule from ${f.commitments[0].month} to ${f.commitments.at(-1).month}.`);
  const sqlRule = `A lead becomes ${f.handoff.anOne} and is handed to sales once it reaches at least ${f.sql} points${f.minFit === null ? '' : `, of which at least ${f.minFit} come from fit criteria`}.`;
  const capacity = `For ${f.capacity.peak} ${f.handoff.many} a month${f.capacity.peakMonth ? ` (peak month: ${f.capacity.peakMonth})` : ''}, sales provides at least ${f.capacity.people} ${f.capacity.people === '1' ? 'person' : 'people'}, at ${f.capacity.perPerson} ${f.handoff.many} per person per month${f.capacity.hours ? ` (about ${f.capacity.hours} hours of work a month)` : ''}.`;
  return [
    { kind: 'heading', level: 1, text: 'Service level agreement between marketing and sales' },
    { kind: 'paragraph', text: `${f.company ? `${f.company} · ` : ''}As of ${f.today}` },
    { kind: 'paragraph', text: basis.join('') },
    { kind: 'heading', level: 2, text: '1. Parties and purpose' },
    { kind: 'paragraph', text: `This agreement is made between ${by(f.marketingLead, 'marketing')} and ${by(f.salesLead, 'sales')}${company}. It sets out when a lead counts as qualified, which leads marketing delivers, and how sales works them. The shared goal is ${f.goal} per ${f.periodName}.` },
    { kind: 'heading', level: 2, text: '2. Lead qualification' },
    { kind: 'paragraph', text: 'Every lead scores points on the criteria below. Fit describes who the lead is; behaviour, what it has done. Negative points disqualify.' },
    { kind: 'table', header: ['Criterion', 'Type', 'Points'], align: ['left', 'left', 'right'], rows: f.criteria.map((c) => [c.name, c.group, c.points]) },
    { kind: 'list', items: [
      `A lead becomes ${f.top.anOne} once it reaches at least ${f.mql} points.`,
      sqlRule,
      'Both sides agree any change to the criteria and thresholds in the monthly SLA review.',
    ] },
    { kind: 'heading', level: 2, text: '3. Marketing’s commitments' },
    ...commitments(f),
    { kind: 'paragraph', text: `Every ${f.handoff.one} handed over meets the criteria in section 2 and comes with its contact details and activity history in the CRM.` },
    { kind: 'heading', level: 2, text: '4. Sales’ commitments' },
    { kind: 'list', items: [
      `Sales commits to contacting every ${f.handoff.one} handed over within ${f.levels.response} hours, and every demo request within ${f.levels.demo} hours.`,
      `If a lead cannot be reached, sales makes at least ${f.levels.attempts} contact attempts within ${f.levels.attemptDays} working days.`,
      `For every lead handed over, sales records its outcome in the CRM within ${f.levels.feedback} working days: accepted, rejected (with a reason), won or lost.`,
      capacity,
    ] },
    { kind: 'heading', level: 2, text: '5. Reviews and early warning' },
    { kind: 'list', items: [
      `Marketing and sales review the figures together every week in the KPI review: ${f.top.many}${f.sameStage ? '' : ` and ${f.handoff.many}`} delivered, response times, feedback and conversion rates.`,
      'This agreement is reviewed every month in the SLA review.',
      `Early warning: if a conversion rate falls significantly below its earlier level in the last month or the last three months (false-alarm risk ${f.alpha}), both sides meet for a joint analysis within five working days.`,
    ] },
    { kind: 'heading', level: 2, text: '6. If a commitment is missed' },
    { kind: 'list', items: [
      'If marketing delivers less than committed in a month, it presents the causes and its measures at the next SLA review, such as shifting budget to channels that convert better.',
      'If sales misses response times, contact attempts or feedback, it likewise presents the causes and its measures, such as on capacity.',
      'If a commitment is missed two months in a row, the heads of marketing and sales decide together, or management if they disagree, whether to adjust the goal, budget, criteria or capacity.',
      'If the shared plan changes, the figures in this agreement are updated and confirmed again by both sides.',
    ] },
    { kind: 'heading', level: 2, text: '7. Term' },
    { kind: 'paragraph', text: `This agreement takes effect on ${f.start || 'the day it is signed'} for ${f.term} ${f.term === '1' ? 'month' : 'months'}. It renews for the same term unless either side objects at least one month before it ends. Changes must be agreed by both sides in writing.` },
    { kind: 'signatures', parties: [['Marketing', f.marketingLead], ['Sales', f.salesLead]], place: 'Place, date', sign: 'Signature' },
  ];
}
