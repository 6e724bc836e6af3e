// The SLA in English, with the plan's own figures: the same document as
// sla-de.js, written for English-speaking teams rather than translated.
// facts: the figures and names, spelled (sla.js).
import { commitmentsBlock, criteriaBlock } from './sla-blocks.js';

const count = (n, one, many) => `${n} ${n === '1' ? one : many}`;
const party = (area, name, role) => (name ? `${area} (represented by ${name}, ${role})` : area);

function commitments(f) {
  const [only] = f.commitments;
  if (!f.months) {
    if (f.sameStage) return [{ kind: 'paragraph', text: `Marketing commits to handing at least ${only.handoff} ${f.handoff.many} to Sales each month, equivalent to at least ${only.handoffWeekly} a week.` }];
    return [{ kind: 'paragraph', text: `Marketing commits to generating at least ${only.top} ${f.top.many} and handing at least ${only.handoff} ${f.handoff.many} to Sales each month, equivalent to at least ${only.topWeekly} ${f.top.many} and ${only.handoffWeekly} ${f.handoff.many} a week.` }];
  }
  return [
    { kind: 'paragraph', text: 'Marketing commits to delivering at least the following each month. The weekly figures are derived (monthly figure × 12 ÷ 52, rounded up).' },
    commitmentsBlock(f, { month: 'Month', perWeek: (stage) => `${stage} per week` }),
  ];
}

export function slaEn(f) {
  const basis = [`This agreement is based on the shared funnel plan of ${f.today}: ${f.goal} per ${f.periodName}`];
  if (f.rates.length) basis.push(` at conversion rates of ${f.rates.map((r) => `${r.rate} (${r.from} → ${r.to})`).join(', ')}`);
  basis.push('.');
  if (f.confidence) basis.push(` The volumes are planned to reach the goal with ${f.confidence} probability.`);
  if (f.months) basis.push(` The monthly commitments follow the schedule from ${f.commitments[0].month} to ${f.commitments.at(-1).month}.`);
  const sqlRule = `A lead becomes ${f.handoff.anOne} and is handed to Sales once it reaches at least ${f.sql} points${f.minFit === null ? '' : `, of which at least ${f.minFit} come from fit criteria`}.`;
  const hours = f.capacity.hours ? ` (about ${f.capacity.hours} hours of work a month in total)` : '';
  const capacity = `For ${f.capacity.peak} ${f.handoff.many} a month${f.capacity.peakMonth ? ` (peak month: ${f.capacity.peakMonth})` : ''}, Sales provides at least ${count(f.capacity.people, 'person', 'people')}, at ${f.capacity.perPerson} ${f.handoff.many} per person per month${hours}.`;
  const within = f.company ? ` within ${f.company}` : '';
  return [
    { kind: 'heading', level: 1, text: 'Service Level Agreement between Marketing and Sales' },
    { kind: 'paragraph', text: `${f.company ? `${f.company} · ` : ''}As of ${f.today}` },
    { kind: 'paragraph', text: basis.join('') },
    { kind: 'heading', level: 2, text: '1. Parties and purpose' },
    { kind: 'paragraph', text: `This agreement is made${within} between ${party('Marketing', f.marketingLead, 'Head of Marketing')} and ${party('Sales', f.salesLead, 'Head of Sales')}. It sets out when a lead counts as qualified, which leads Marketing delivers, and how Sales follows them up. The shared goal is ${f.goal} per ${f.periodName}.` },
    { kind: 'heading', level: 2, text: '2. Lead qualification' },
    { kind: 'paragraph', text: 'Each lead is scored against the criteria below. Fit criteria describe who the lead is; behaviour criteria, what they have done. Points for matching criteria are added up; negative points (disqualifiers) are deducted.' },
    criteriaBlock(f, { fit: 'Fit', behaviour: 'Behaviour', criterion: 'Criterion', type: 'Type', points: 'Points' }),
    { kind: 'list', items: [
      `A lead becomes ${f.top.anOne} once it reaches at least ${f.mql} points.`,
      sqlRule,
      'Both sides agree any change to the criteria and thresholds in the monthly SLA review.',
    ] },
    { kind: 'heading', level: 2, text: '3. Marketing commitments' },
    ...commitments(f),
    { kind: 'paragraph', text: `Marketing ensures that every ${f.handoff.one} handed over meets the criteria in section 2 and is recorded in the CRM with contact details and activity history.` },
    { kind: 'heading', level: 2, text: '4. Sales commitments' },
    { kind: 'list', items: [
      `Sales commits to contacting every ${f.handoff.one} within ${count(f.levels.response, 'hour', 'hours')} of handover, and every demo request within ${count(f.levels.demo, 'hour', 'hours')}. Hours count within business hours (Monday to Friday, excluding public holidays).`,
      `If a lead cannot be reached, Sales makes at least ${count(f.levels.attempts, 'contact attempt', 'contact attempts')} within ${count(f.levels.attemptDays, 'working day', 'working days')}.`,
      `Within ${count(f.levels.feedback, 'working day', 'working days')} of handover, Sales records in the CRM whether each lead is accepted or rejected (with a reason), and keeps its status up to date until it is won or lost. Rejected leads go back to Marketing with the reason, for further nurturing.`,
      capacity,
    ] },
    { kind: 'heading', level: 2, text: '5. Reviews and early warning' },
    { kind: 'list', items: [
      `Marketing and Sales review the figures together every week in the KPI review: ${f.top.many}${f.sameStage ? '' : ` and ${f.handoff.many}`} delivered, response times, feedback and conversion rates. The CRM is the source of the figures; they are evaluated for the teams, not for individual employees.`,
      'This agreement is reviewed every month in the SLA review, which also settles disputed rejections of leads.',
      `Early warning: if a conversion rate over the last month or the last three months is significantly below that of the preceding months (Fisher’s exact test in the KPI review, ${f.alpha} false-alarm risk), Marketing and Sales jointly analyse the causes within five working days.`,
    ] },
    { kind: 'heading', level: 2, text: '6. If a commitment is missed' },
    { kind: 'list', items: [
      'If Marketing delivers less than committed in a month, it sets out the causes and corrective actions at the next SLA review, for example shifting budget to channels that convert better.',
      'If Sales misses response times, the minimum number of contact attempts or the feedback deadlines, it likewise sets out the causes and corrective actions at the next SLA review, for example on staffing.',
      'If a commitment is missed two months in a row, the heads of Marketing and Sales jointly decide whether to adjust the goal, budget, criteria or capacity; if they cannot agree, senior management decides.',
      'If the shared plan changes, the figures in this agreement are updated and confirmed again by both sides.',
    ] },
    { kind: 'heading', level: 2, text: '7. Term' },
    { kind: 'paragraph', text: `This agreement takes effect on ${f.start || 'the date of the last signature'} and runs for ${count(f.term, 'month', 'months')}. It renews automatically for the same term unless either side gives notice at least one month before it ends. Changes must be agreed by both sides in writing. It is an internal agreement on how the teams work together and creates no employment-law claims.` },
    { kind: 'signatures', parties: [['Head of Marketing', f.marketingLead], ['Head of Sales', f.salesLead]], place: 'Place, date', sign: 'Signature' },
  ];
}
