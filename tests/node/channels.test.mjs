// channels() through its own wasm module (funnel-channels, issue 18): the
// answer's shape on two channels with a binding ceiling, nulls where a value
// cannot exist, the unreachable goal with its maximum, and nothing thrown or
// NaN on junk; neither the page's module nor the months module carries it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore('funnel-channels');
});

// A: 5 an MQL, 1 in 8 a customer (40 a customer), at most 200 MQLs a month; B: 3 an MQL, 1 in 20 (60 a customer).
const TWO = {
  locale: 'de', goal: { customers: 50 }, historyMonths: 12,
  channels: [
    { name: 'LinkedIn', conversions: [{ fromCount: 400, toCount: 100 }, { fromCount: 100, toCount: 50 }], spend: 2000, maxPerMonth: 200 },
    { name: 'E-Mail', conversions: [{ fromCount: 2000, toCount: 200 }, { fromCount: 200, toCount: 100 }], spend: 6000 },
  ],
};

describe('channels through the wasm module', () => {
  test('the cheaper customer first, up to its ceiling; today\'s mix and the saving', () => {
    const answer = core.channels(TWO);
    assert.equal(answer.ok, true, JSON.stringify(answer.errors));
    const [linkedIn, email] = answer.channels;
    assert.deepEqual([linkedIn.costPerCustomer, email.costPerCustomer], [40, 60]);
    assert.deepEqual(linkedIn.costPerLead, [5, 20, 40]);
    assert.deepEqual([linkedIn.mix.leads, email.mix.leads], [[200, 50, 25], [500, 50, 25]]);
    assert.deepEqual(answer.mix, { cost: 2500, wholeCost: 2500, customers: 50 });
    assert.ok(Math.abs(answer.saving - 500 / 3) < 1e-9);
    assert.equal(answer.today.exceedsCeiling, false);
    assert.equal(answer.budget, null);
    assert.deepEqual(answer.warnings, []);
  });

  test('a budget, an unreachable goal, and junk: answers, never a throw or NaN', () => {
    const budget = core.channels({ ...TWO, budget: 1500 });
    assert.deepEqual(budget.budget.channels.map((channel) => channel.wholeLeads), [200, 166]);  // 1000 for A, 500 / 3 for B
    assert.ok(budget.budget.low <= budget.budget.customers && budget.budget.customers <= budget.budget.high);
    const capped = core.channels({ ...TWO, channels: TWO.channels.map((channel) => ({ ...channel, maxPerMonth: 200 })) });
    assert.deepEqual(capped.errors.map(({ field, code, maxCustomers }) => [field, code, maxCustomers]), [['goal', 'unreachable', 35]]);
    for (const input of [undefined, null, 7, 'x', {}, { ...TWO, channels: [] }, { ...TWO, goal: { customers: 1e300 } },
      { ...TWO, channels: [{ name: 'x', conversions: [{ rate: 'a' }, {}], spend: -1 }] }]) {
      const answer = core.channels(input);
      assert.equal(answer.ok, false, JSON.stringify(input));
      assert.doesNotMatch(JSON.stringify(answer), /NaN|Infinity|undefined/);
    }
  });

  test('an import\'s channels summed over the plan\'s history window', () => {
    const read = core.importedChannels({ months: 2, channels: [{ name: 'LinkedIn', counts: [[10, 20, 30], [1, 2, 3], [0, 1, 1]] }, { name: 'Messe', counts: [[5], [2], [1]] }] });
    assert.deepEqual(read, { ok: true, months: 2, channels: [{ name: 'LinkedIn', counts: [50, 5, 2] }, { name: 'Messe', counts: [5, 2, 1] }] });
    assert.equal(core.importedChannels({ months: 0, channels: [] }).ok, false);
  });

  // Issue 20: the lead form's call lives here too, loaded when the form opens.
  test('the lead form\'s checks and payload through the module', () => {
    const lead = core.lead({ locale: 'de', contact: { name: 'Erika Mustermann', email: 'erika@muster' }, consent: false, to: 'https://muster.de/leads' });
    assert.deepEqual(lead.errors.map(({ field, code }) => `${field}:${code}`), ['contact.email:invalid_email', 'consent:consent_required']);
    const sent = core.lead({ locale: 'de', contact: { name: 'Erika Mustermann', email: 'erika@muster.de' }, consent: true, to: 'https://muster.de/leads',
      plan: [{ key: 'goal', label: 'Ziel', text: '50 Kunden pro Monat' }], link: 'https://muster.de/#fp1' });
    assert.deepEqual(sent.send.payload.plan, { goal: '50 Kunden pro Monat', link: 'https://muster.de/#fp1' });
    for (const input of [undefined, null, 7, 'x', {}, { contact: 7, consent: 'yes', to: 42 }]) {
      assert.equal(core.lead(input).ok, false, JSON.stringify(input));
      assert.doesNotMatch(JSON.stringify(core.lead(input)), /NaN|Infinity|undefined/);
    }
  });

  // Issue 20: the embed builder's hint on an accent white text cannot be read on (WebAIM: #767676 4.54, #777777 4.48).
  test('white text on an accent colour: its contrast, and whether it is readable', () => {
    const dark = core.contrast({ colour: '#767676' });
    assert.equal(dark.ok, true);
    assert.equal(dark.readable, true);
    assert.ok(Math.abs(dark.ratio - 4.54) < 0.005, dark.ratio);
    assert.equal(core.contrast({ colour: '#777777' }).readable, false);
    assert.equal(core.contrast({ colour: '#FFF' }).ratio, 1);
    for (const input of [undefined, null, 7, '#000000', {}, { colour: 7 }, { colour: 'red' }, { colour: '#12345' }]) {
      const answer = core.contrast(input);
      assert.equal(answer.ok, false, JSON.stringify(input));
      assert.equal(answer.errors[0].field, 'colour');
      assert.doesNotMatch(JSON.stringify(answer), /NaN|Infinity|undefined/);
    }
  });

  test('only the channels module carries it', async () => {
    assert.equal(core.plan, undefined);
    assert.equal((await loadCore()).channels, undefined);
    assert.equal((await loadCore()).lead, undefined, 'the lead form\'s call costs the first load nothing');
    assert.equal((await loadCore()).contrast, undefined, 'nor the builder\'s');
    assert.equal((await loadCore('funnel-schedule')).channels, undefined);
  });
});
