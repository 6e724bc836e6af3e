// handoff() through the months module (funnel-schedule, issue 19): the
// answer's shape for the worked example (a lead check, the plan's month and
// week, the capacity), the schedule's months with their peak, the defaults in
// both languages, and nothing thrown or NaN on junk; the page's module does
// not carry it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore('funnel-schedule');
});

const LEVELS = { responseHours: 24, demoResponseHours: 4, attempts: 5, attemptDays: 10, feedbackDays: 5, termMonths: 12 };
const EXAMPLE = {
  locale: 'de',
  criteria: [{ name: 'Branche passt', group: 'fit', points: 30, met: true }, { name: 'Preisseite besucht', group: 'behaviour', points: 20, met: true },
    { name: 'Wettbewerber', group: 'fit', points: -100, met: false }],
  thresholds: { mql: 40, sql: 70, sqlMinFit: 30 },
  commitments: { stages: ['MQL', 'SQL', 'Kunde'], required: [400, 100, 50], periodMonths: 1 },
  capacity: { perPerson: 40 },
  levels: LEVELS,
};

describe('hand-off through the months module', () => {
  test('the worked example: a lead check, the plan\'s month and week, the capacity', () => {
    const answer = core.handoff(EXAMPLE);
    assert.equal(answer.ok, true, JSON.stringify(answer.errors));
    // 30 + 20 = 50: an MQL; both criteria decide it (either alone is below 40).
    assert.deepEqual(answer.score, { total: 50, fit: 30, behaviour: 20, stage: 'mql', decisive: [0, 1] });
    assert.deepEqual([answer.topStage, answer.handoffStage], [0, 1]);
    // 400 x 12 / 52 = 92,3 -> 93; 100 x 12 / 52 = 23,1 -> 24.
    assert.deepEqual(answer.commitments, [{ month: null, top: 400, handoff: 100, topWeekly: 93, handoffWeekly: 24 }]);
    // 100 SQLs at 40 each: 3 people; 100 / (250 / 12) = 4,8 a working day; no hours, no team.
    assert.deepEqual(answer.capacity, { peak: 100, peakMonth: 0, people: 3, perWorkingDay: 4.8, hours: null, shortBy: null });
  });

  test('the schedule\'s months, with the busiest for capacity', () => {
    const answer = core.handoff({ ...EXAMPLE, capacity: { perPerson: 40, hoursPerSql: 1.5, team: 4 },
      commitments: { stages: ['MQL', 'SQL', 'Kunde'], months: ['2027-01', '2027-02'], perMonth: [[400, 520], [100, 130], [0, 50]] } });
    assert.deepEqual(answer.commitments.map((month) => [month.month, month.top, month.handoffWeekly]), [['2027-01', 400, 24], ['2027-02', 520, 30]]);
    // 130 SQLs in February: 4 people (3,25 -> 4), 195 hours; a team of 4 is enough.
    assert.deepEqual([answer.capacity.peakMonth, answer.capacity.people, answer.capacity.hours, answer.capacity.shortBy], [1, 4, 195, 0]);
  });

  test('defaults in German and English: criteria, thresholds, capacity and levels', () => {
    const de = core.handoffDefaults('de');
    const en = core.handoffDefaults('en');
    assert.equal(de.criteria.length, 13);
    assert.ok(de.criteria.some((criterion) => criterion.name === 'Preisseite besucht' && criterion.group === 'behaviour'));
    assert.ok(en.criteria.some((criterion) => /whitepaper/.test(criterion.name) && criterion.group === 'behaviour'));
    assert.deepEqual(de.thresholds, { mql: 40, sql: 70, sqlMinFit: 30 });
    assert.deepEqual([de.capacity.perPerson, de.levels], [40, LEVELS]);
  });

  test('junk answers with errors, never a throw, NaN or undefined', () => {
    for (const input of [undefined, null, 7, 'x', {}, { ...EXAMPLE, criteria: [] }, { ...EXAMPLE, levels: { responseHours: 1e300 } },
      { ...EXAMPLE, commitments: { stages: ['A'], required: [1] } }, { ...EXAMPLE, thresholds: { mql: 'x', sql: null } },
      { ...EXAMPLE, commitments: { stages: ['MQL', 'SQL', 'Kunde'], months: ['2027-01'], perMonth: [[1]] } }]) {
      const answer = core.handoff(input);
      assert.equal(answer.ok, false, JSON.stringify(input));
      assert.doesNotMatch(JSON.stringify(answer), /NaN|Infinity|undefined/);
    }
    assert.equal(core.handoffDefaults(7).criteria.length, 13, 'anything but "de" is English');
  });

  test('only the months module carries it', async () => {
    assert.equal((await loadCore()).handoff, undefined);
  });
});
