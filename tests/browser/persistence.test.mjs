// Nothing typed is lost: whatever a person clears or mistypes, the next load
// (from this device's storage or from a copied link) shows every other field
// as it was, and a link's parts the page cannot take over are named.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHART, browserForThisFile, openPage, plain } from './harness.mjs';

const browser = browserForThisFile();

// Every field's text, every stage name, and every choice, as the person sees
// them: each view is opened once (a view's panel is built when first opened),
// then the view that was open is opened again.
async function snapshot(page) {
  const tabs = page.locator('[data-view-tab]');
  const open = await page.locator('[data-view-tab][aria-selected="true"]').getAttribute('data-view-tab');
  for (const id of [...await tabs.evaluateAll((all) => all.map((tab) => tab.dataset.viewTab)), open]) {
    await page.locator(`#tab-${id}`).click();
    await page.locator(`#panel-${id}`).waitFor();
  }
  return page.locator('funnel-planner').evaluate((planner) => {
    const root = planner.shadowRoot;
    const fields = Object.fromEntries([...root.querySelectorAll('input[data-field], input.stage-name')]
      .map((input) => [input.id, input.value.replace(/[\u00A0\u202F]/g, ' ')]));
    const choices = [...root.querySelectorAll('input[type="radio"]:checked')].map((radio) => `${radio.name}=${radio.value}`)
      .concat([...root.querySelectorAll('select, input[type="date"]')].map((choice) => `${choice.id}=${choice.value}`)).sort();
    const tab = root.querySelector('[data-view-tab][aria-selected="true"]')?.dataset.viewTab;
    return { fields, choices, tab, period: root.getElementById('plan-period').value };
  });
}

// The scenarios a person can be in, each with the fields it shows.
const SCENARIOS = [
  { name: 'counts', setUp: async () => {}, fields: ['plan-goal', 'plan-history', 'stage-0', 'stage-1', 'stage-2', 'c0-fromCount', 'c0-toCount', 'c1-fromCount', 'c1-toCount'] },
  { name: 'rates', fields: ['c0-rate', 'c1-rate'], setUp: async (page) => {
    for (const index of [0, 1]) await page.locator(`fieldset[data-index="${index}"] .mode label`, { hasText: 'Rate' }).click();
  } },
  { name: 'revenue', fields: ['plan-revenue', 'plan-deal'], setUp: async (page) => {
    await page.locator('.segments label', { hasText: 'Umsatz' }).click();
    await page.locator('#plan-revenue').fill('100.000');
    await page.locator('#plan-deal').fill('2.000');
    await page.locator('#plan-period').selectOption('3');
  } },
  { name: 'forecast', fields: ['forecast-volume'], setUp: async (page) => { await page.locator('#tab-forecast').click(); } },
  { name: 'schedule', fields: ['schedule-growth', 'schedule-lag-0', 'schedule-lag-1', 'schedule-weight-0', 'schedule-weight-11',
    'schedule-actual-0', 'schedule-actual-2'], setUp: async (page) => {
    await page.locator('#tab-schedule').click();
    await page.locator('#schedule-start-year').selectOption('2027');
    await page.locator('#schedule-start-month').selectOption('03');
    await page.locator('#schedule-horizon').selectOption('24');
    await page.locator('#schedule-season').selectOption('custom');
    await page.locator('#schedule-holidays').selectOption('de-by');
    await page.locator('#schedule-growth').fill('2 %');  // as the page spells it back
    await page.locator('#schedule-as-of').fill('2027-03-17');
    for (const [index, count] of ['250', '55', '20'].entries()) await page.locator(`#schedule-actual-${index}`).fill(count);
  } },
  { name: 'review', fields: ['review-cell-2026-01-0', 'review-cell-2026-06-2'], setUp: async (page) => {
    await page.locator('#tab-review').click();
    for (const [id, value] of [['to-year', '2026'], ['to-month', '12'], ['from-year', '2026'], ['from-month', '01']]) await page.locator(`#review-${id}`).selectOption(value);
    for (const [month, counts] of [['2026-01', ['1.000', '250', '125']], ['2026-06', ['900', '200', '90']]]) {
      for (const [stage, count] of counts.entries()) await page.locator(`#review-cell-${month}-${stage}`).fill(count);
    }
    await page.locator('details.settings-box summary').click();
    await page.locator('#review-lag-1').fill('1');
    await page.locator('#review-alpha').selectOption('0.01');
    await page.locator('#review-targets').selectOption('schedule');
    await page.locator('#review-baseline').selectOption('plan');
  } },
  { name: 'channels', fields: ['channels-count-0-0', 'channels-spend-1', 'channels-max-2', 'channels-budget'], setUp: async (page) => {
    await page.locator('#tab-channels').click();
    await page.locator('#channels-budget').fill('5.000');
  } },
  { name: 'handoff', fields: ['handoff-points-0', 'handoff-mql', 'handoff-min-fit', 'handoff-per-person', 'handoff-team', 'handoff-response', 'handoff-term'], setUp: async (page) => {
    await page.locator('#tab-handoff').click();
    await page.locator('#handoff-team').fill('3');
    await page.locator('#handoff-start').fill('2027-01-01');
    await page.locator('#handoff-source').selectOption('schedule');
  } },
];

async function startIn(scenario, options = {}) {
  const page = await browser.newPage(options);
  await page.goto(browser.url);
  await page.locator(CHART).waitFor();
  await scenario.setUp(page);
  return page;
}

function assertSameExcept(after, before, cleared, how) {
  assert.equal(after.fields[cleared], '', `${cleared} stays empty (${how})`);
  for (const [id, value] of Object.entries(before.fields)) {
    if (id !== cleared) assert.equal(after.fields[id], value, `${id} after clearing ${cleared} (${how})`);
  }
  assert.deepEqual(after.choices, before.choices, `choices after clearing ${cleared} (${how})`);
  assert.equal(after.period, before.period, how);
}

describe('nothing typed is lost', () => {
  test('clearing any one field keeps every other field, through a reload and through a copied link', async () => {
    for (const scenario of SCENARIOS) {
      const page = await startIn(scenario, { permissions: ['clipboard-read', 'clipboard-write'] });
      for (const id of scenario.fields) {
        const original = await page.locator(`#${id}`).inputValue();
        await page.locator(`#${id}`).fill('');
        const before = await snapshot(page);

        await page.locator('#share').click();
        await page.locator('#copied').filter({ hasText: 'Link kopiert' }).waitFor();
        const link = await page.evaluate(() => navigator.clipboard.readText());
        const { page: opened } = await openPage(browser, { url: link, ready: '#planner' });
        assertSameExcept(await snapshot(opened), before, id, `link ${link}`);
        await opened.close();

        await page.reload();
        await page.locator('#planner').waitFor();
        assertSameExcept(await snapshot(page), before, id, `reload, ${scenario.name}`);
        assert.equal(await page.locator('#share-notice').isVisible(), false, `no notice after clearing ${id}`);
        await page.locator(`#${id}`).fill(original);
      }
      await page.close();
    }
  });

  test('text that is no number comes back as typed, with its message', async () => {
    const page = await startIn(SCENARIOS[0]);
    await page.locator('#plan-goal').fill('99999999999999999999');
    await page.locator('#c1-toCount').fill('500 Äpfel');
    await page.reload();
    await page.locator('#planner').waitFor();
    assert.equal(await page.locator('#plan-goal').inputValue(), '99999999999999999999');
    assert.match(await page.locator('#plan-goal-error').innerText(), /zu groß/);
    assert.equal(await page.locator('#c1-toCount').inputValue(), '500 Äpfel');
    assert.equal(await page.locator('#c1-toCount-error').isVisible(), true);
    assert.equal(await page.locator('#c0-fromCount').inputValue(), '4.000');
    await page.close();
  });
});

describe('what a link or storage holds that the page cannot take over is named', () => {
  // The notice's words load with it, on first use: wait for them.
  const notices = async (page) => {
    await page.locator('#share-notice li').first().waitFor();
    return (await page.locator('#share-notice li').allInnerTexts()).map(plain);
  };

  test('values the page does not offer or cannot show', async () => {
    const cases = [
      ['#fp1&g=50&cf=0.99', /^Planungssicherheit: wird hier nicht angeboten, es gilt die Voreinstellung$/],
      ['#fp1&g=50&p=7', /^Zeitraum: wird hier nicht angeboten/],
      ['#fp1&g=50&vol=300@5', /^auf Stufe: wird hier nicht angeboten/],
      ['#fp1&g=50&s=MQL,SQL,Customer&c=4000:1000,r1e-21', /^SQL → Kunde \(Konversionsrate in %\): lässt sich hier nicht anzeigen, das Feld ist leer$/],
      ['#fp1&g=1e20', /^Neue Kunden pro Monat: lässt sich hier nicht anzeigen, das Feld ist leer$/],
      ['#fp1&g=50&sm=5', /^Planungszeitraum: wird hier nicht angeboten, es gilt die Voreinstellung$/],
      ['#fp1&g=50&sl=30,x', /^Dauer zwischen den Stufen \(Tage\): SQLs → Kunden: nicht lesbar, das Feld ist leer$/],
      ['#fp1&g=50&rf=2026-01&re=2026-02&rc=1,2:x:3', /^Ihre Monatszahlen: Februar 2026, SQLs: nicht lesbar, das Feld ist leer$/],
      ['#fp1&g=50&ra=0.2', /^Warnschwelle: wird hier nicht angeboten, es gilt die Voreinstellung$/],
    ];
    for (const [fragment, expected] of cases) {
      const { page, problems } = await openPage(browser, { url: browser.url + fragment, ready: '#planner' });
      const items = await notices(page);  // the notice's words load on first use, with every view's labels
      assert.match(await page.locator('#share-notice-lead').innerText(), /Aus dem geteilten Link/);
      assert.equal(items.length, 1, `${fragment}: ${items}`);
      assert.match(items[0], expected, fragment);
      assert.deepEqual(problems, []);
      await page.locator('#share-notice-close').click();
      assert.equal(await page.locator('#share-notice').isVisible(), false);
      await page.close();
    }
  });

  test('an unreadable part of a link leaves the rest of the funnel in place', async () => {
    const { page } = await openPage(browser, { url: `${browser.url}#fp1&g=50&s=Lead,MQL%ZZ,Kunde&c=4000:1000,1000:500`, ready: '#planner' });
    assert.deepEqual(await notices(page), ['Stufe 2: nicht lesbar, das Feld ist leer']);
    assert.equal(await page.locator('#stage-0').inputValue(), 'Lead');
    assert.equal(await page.locator('#stage-1').inputValue(), '');
    assert.equal(await page.locator('#stage-2').inputValue(), 'Kunde');
    assert.equal(await page.locator('#c1-fromCount').inputValue(), '1.000');
    // Empty now, and named by the notice: a field to fill, red only once the person has touched it.
    assert.equal(await page.locator('#stage-1').getAttribute('data-to-fill'), '');
    await page.locator('#stage-1').focus();
    await page.locator('#stage-1').blur();
    assert.match(await page.locator('#stage-1-error').innerText(), /Jede Stufe braucht einen Namen/);
    await page.close();
  });

  // Issue 14, item 10: a damaged goal never falls back to the example's 50 without a word, nor loses a field.
  test('a goal of two kinds is named, and every field of it kept', async () => {
    const { page } = await openPage(browser, { url: `${browser.url}#fp1&g=5&rv=100&dv=10`, ready: '#planner' });
    assert.deepEqual(await notices(page), ['Ihr Ziel: nicht eindeutig: es gilt das Kundenziel, ein Umsatzziel steht unter „Umsatz“']);
    assert.equal(await page.locator('#plan-goal').inputValue(), '5');
    await page.locator('.segments label', { hasText: 'Umsatz' }).click();
    assert.equal(await page.locator('#plan-revenue').inputValue(), '100');
    assert.equal(await page.locator('#plan-deal').inputValue(), '10');
    await page.close();
  });

  test('an unreadable part of the last visit is named too', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => localStorage.setItem('funnel-planner', 'fp1&g=60&s=MQL,SQL,Customer&c=4000:1000,1000:x'));
    await page.goto(browser.url);
    await page.locator('#planner').waitFor();
    assert.deepEqual(await notices(page), ['SQL → Kunde (davon Kunden): nicht lesbar, das Feld ist leer']);
    assert.match(await page.locator('#share-notice-lead').innerText(), /Aus Ihrer letzten Eingabe/);
    assert.equal(await page.locator('#plan-goal').inputValue(), '60');
    assert.equal(await page.locator('#c1-fromCount').inputValue(), '1.000');
    await page.close();
  });
});

describe('storage="off"', () => {
  test('keeps nothing on the device, not even with url-sync', async () => {
    const page = await browser.newPage();
    await page.route(`${browser.url}private.html`, (route) => route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><script type="module" src="funnel-planner.js"></script><funnel-planner url-sync storage="off"></funnel-planner>',
    }));
    await page.goto(`${browser.url}private.html`);
    await page.locator(CHART).waitFor();
    await page.locator('#plan-goal').fill('70');
    await page.waitForURL(/#fp1&.*g=70/);
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    await page.close();
  });
});
