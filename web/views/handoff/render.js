// Drawing the hand-off's answer beside the SLA: the lead check (the score,
// its parts, the stage and what decided it) and the sales capacity (the
// people the commitments need, the load per day, the hours, a team that is
// short). Every figure is the core's (core.handoff).

// The lead check: "55 Punkte (Passung 30, Verhalten 25) – qualifiziert als MQL", and what decided it.
export function leadCheck(result, request, { fmt, strings, stages }) {
  const { score } = result;
  const criteria = request.handoff.criteria;
  if (!criteria.some((criterion) => criterion.met)) return { line: strings.checkNone, stage: 'none', decisive: '' };
  const signed = (n) => (n < 0 ? `−${fmt.whole(-n)}` : fmt.whole(n));
  const stageName = (index) => fmt.stage(stages[index], 1);
  const said = score.stage === 'none' ? strings.stageNames.none
    : strings.stageNames[score.stage](stageName(score.stage === 'sql' ? result.handoffStage : result.topStage));
  const lines = [strings.decisive(score.decisive.map((i) => criteria[i].name).join(', '))].filter(() => score.decisive.length);
  // A lead with the SQL score but too little fit: say what holds it back.
  const { sqlMinFit } = request.handoff.thresholds;
  if (score.stage !== 'sql' && sqlMinFit !== undefined && score.total >= request.handoff.thresholds.sql && score.fit < sqlMinFit) {
    lines.push(strings.missingFit(signed(score.fit), fmt.whole(sqlMinFit), stageName(result.handoffStage)));
  }
  return { line: `${strings.score(signed(score.total), signed(score.fit), signed(score.behaviour))} – ${said}`, stage: score.stage, decisive: lines.join(' ') };
}

// The capacity: the people needed, at the peak month when the commitments are the schedule's.
export function capacityLines(result, request, { fmt, strings, stages, monthName }) {
  const { capacity } = result;
  const stage = fmt.stage(stages[result.handoffStage], 2);
  const parts = [strings.capacityResult(capacity.people, fmt.whole(capacity.peak), stage, fmt.exact(request.handoff.capacity.perPerson))];
  if (result.commitments.length > 1) parts.push(strings.peakMonth(monthName(result.commitments[capacity.peakMonth].month)));
  const details = [strings.perDay(fmt.oneDecimal(capacity.perWorkingDay), stage)];
  if (capacity.hours !== null) details.push(strings.hours(fmt.whole(Math.round(capacity.hours))));
  const team = capacity.shortBy === null ? '' : capacity.shortBy > 0 ? strings.short(capacity.shortBy) : strings.enough;
  return { line: `${parts.join(' ')}. ${details.join(' · ')}.`, team, short: Boolean(capacity.shortBy) };
}
