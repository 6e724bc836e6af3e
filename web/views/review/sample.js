// The example a person can look at before typing: the twelve months before
// this one, in the worked example's funnel (about 340 MQLs a month, 25 % of
// them SQLs, half of those customers), with a planted drop of MQL -> SQL to
// 20 % in the last three months, and the stages under the example plan's
// 400, 100 and 50 a month. Cells as the review's table holds them.
import { monthsFrom } from './table.js';

const MQLS = [330, 352, 368, 341, 325, 360, 372, 338, 355, 362, 348, 357];
const SQLS = [83, 87, 93, 85, 80, 91, 94, 84, 89, 72, 69, 71];
const CUSTOMERS = [41, 44, 46, 43, 40, 45, 47, 42, 44, 37, 35, 36];

// today: "YYYY-MM-DD".
export function sampleMonths(today) {
  return monthsFrom(today.slice(0, 7), -12).flatMap((month, m) => [MQLS, SQLS, CUSTOMERS].map((counts, stage) => ({ month, stage, text: String(counts[m]) })));
}
