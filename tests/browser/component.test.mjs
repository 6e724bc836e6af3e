import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CHART, browserForThisFile, isolated, openPage, plain, stageCounts, texts } from './harness.mjs';

const browser = browserForThisFile();

// A host page that does its worst: global resets, huge fonts, and the planner's own class names.
const HOSTILE = `<!doctype html><html><head>
<style>* { all: unset; font-size: 40px !important; line-height: 3 } html { font-size: 62.5% }
.planner, .card, .field, .bar, .chart, input, svg { display: none; color: red; background: black }</style>
<script type="module" src="funnel-planner.js"></script></head>
<body><div class="planner card">Host content with the same class names</div>
<funnel-planner ATTRIBUTES></funnel-planner></body></html>`;

async function hostPage(attributes, { locale } = {}) {
  const page = await browser.newPage(locale ? { locale } : {});
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.route(`${browser.url}host.html`, (route) => route.fulfill({
    contentType: 'text/html', body: HOSTILE.replace('ATTRIBUTES', attributes),
  }));
  await page.goto(`${browser.url}host.html`);
  await page.locator(CHART).waitFor();
  return { page, requests, problems };
}

describe('<funnel-planner> in a host page', () => {
  test('renders and computes inside a hostile host page, in its own sizes', async () => {
    const { page, requests, problems } = await hostPage('lang="en" goal="80"');
    assert.deepEqual(await stageCounts(page), ['640', '160', '80']);
    const box = await page.locator('funnel-planner').boundingBox();
    assert.ok(box.height > 600 && box.width > 300, JSON.stringify(box));
    const sizes = await page.locator('#plan-goal').evaluate((input) => ({
      font: getComputedStyle(input).fontSize, display: getComputedStyle(input).display,
    }));
    assert.deepEqual(sizes, { font: '22px', display: 'block' });
    const origin = new URL(browser.url).origin;
    assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('takes over a goal a host set as a property before the element was defined', async () => {
    const page = await browser.newPage();
    await page.route(`${browser.url}early.html`, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><script type="module" src="funnel-planner.js"></script>
<funnel-planner lang="en"></funnel-planner>
<script>
  window.definedEarly = Boolean(customElements.get('funnel-planner'));
  document.querySelector('funnel-planner').goal = '80';
</script>`,
    }));
    await page.goto(`${browser.url}early.html`);
    await page.locator(CHART).waitFor();
    assert.equal(await page.evaluate(() => window.definedEarly), false);
    assert.deepEqual(await stageCounts(page), ['640', '160', '80']);
    assert.equal(await page.locator('funnel-planner').getAttribute('goal'), '80');
    await page.close();
  });

  test('takes its settings from attributes, and bad values fall back to defaults', async () => {
    const { page, problems } = await hostPage(
      'lang="en" goal="80" currency="USD" accent="#be123c" cta-text="Book a call" cta-href="https://example.com/contact" share="off"');
    const cta = page.locator('#cta');
    assert.equal(await cta.innerText(), 'Book a call');
    assert.equal(await cta.getAttribute('href'), 'https://example.com/contact');
    assert.equal(await page.locator('.bar').first().evaluate((bar) => getComputedStyle(bar).fill), 'rgb(190, 18, 60)');
    assert.equal(await page.locator('#share').isVisible(), false);
    await page.locator('.segments label', { hasText: 'Revenue' }).click();
    assert.match(await page.locator('label[for="plan-revenue"]').innerText(), /\(\$\)/);

    await page.locator('funnel-planner').evaluate((planner) => {
      planner.setAttribute('lang', 'klingon');
      planner.setAttribute('accent', 'url(javascript:alert(1))');
      planner.setAttribute('cta-href', 'javascript:alert(1)');
      planner.setAttribute('currency', 'Dollars');
      planner.setAttribute('goal', 'many');
    });
    await page.waitForFunction(() => document.querySelector('funnel-planner').shadowRoot.getElementById('cta').getAttribute('href') === '#');
    assert.equal(await page.locator('.bar').first().evaluate((bar) => getComputedStyle(bar).fill), 'rgb(59, 47, 201)');
    assert.match(await page.locator('label[for="plan-revenue"]').innerText(), /€/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('speaks the browser\'s language when the host gives none, German otherwise', async () => {
    for (const [locale, expected] of [['en-US', 'New customers per month'], ['de-DE', 'Neue Kunden pro Monat'], ['fr-FR', 'Neue Kunden pro Monat']]) {
      const { page } = await hostPage('', { locale });
      assert.equal(await page.locator('label[for="plan-goal"]').innerText(), expected, locale);
      await page.close();
    }
  });

  test('raises a change event with input and plan, and a cancelable CTA event', async () => {
    const { page } = await hostPage('lang="en" cta-text="Book a call" cta-href="https://example.com/contact"');
    await page.evaluate(() => {
      window.seen = [];
      document.addEventListener('funnel-planner-change', (event) => window.seen.push(event.detail));
      document.addEventListener('funnel-planner-cta', (event) => {
        window.cta = event.detail;
        event.preventDefault();  // the host opens its own form instead
      });
    });
    await page.locator('#plan-goal').fill('60');
    const change = await page.evaluate(() => window.seen.at(-1));
    assert.equal(change.input.goal.customers, 60);
    assert.deepEqual(change.result.stages.map((stage) => stage.required), [480, 120, 60]);
    await page.locator('#cta').click();
    const cta = await page.evaluate(() => window.cta);
    assert.equal(cta.result.stages[0].required, 480);
    assert.equal(page.url(), `${browser.url}host.html`);  // the host prevented the navigation
    await page.close();
  });

  test('taken out of the page, it listens to nothing; put back, it works as before', async () => {
    const { page } = await hostPage('');
    const changesAfter = (goal) => page.evaluate((value) => {
      const planner = document.querySelector('funnel-planner');
      let changes = 0;
      const count = () => { changes += 1; };
      document.addEventListener('funnel-planner-change', count);
      const input = planner.shadowRoot.getElementById('plan-goal');
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      document.removeEventListener('funnel-planner-change', count);
      return changes;
    }, goal);
    // Typed, then taken out at once (before the input is stored as typing pauses).
    await page.locator('funnel-planner').evaluate((element) => {
      const input = element.shadowRoot.getElementById('plan-goal');
      input.value = '55';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      window.kept = element;
      element.remove();
    });
    // Detached, its listeners are released: typing into its field computes nothing.
    assert.equal(await page.evaluate(() => {
      let changes = 0;
      window.kept.addEventListener('funnel-planner-change', () => { changes += 1; });
      const input = window.kept.shadowRoot.getElementById('plan-goal');
      input.value = '70';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      return changes;
    }), 0);
    // It kept the last input on this device as it left.
    assert.match(await page.evaluate(() => localStorage.getItem('funnel-planner')), /&g=55&/);
    await page.evaluate(() => document.body.append(window.kept));
    assert.equal(await changesAfter('60'), 1);
    assert.deepEqual(await stageCounts(page), ['480', '120', '60']);
    await page.close();
  });
});

describe('editing the funnel', () => {
  test('adds, renames, inserts and removes stages (2 to 8)', async () => {
    const { page, problems } = await openPage(browser);
    await page.locator('#add-top').click();
    await page.locator('#stage-0').fill('Lead');
    // The new conversion needs numbers: its fields are to be filled, not red before anyone typed (issue 14, item 6).
    assert.equal(await page.locator('#c0-fromCount').getAttribute('data-to-fill'), '');
    assert.equal(await page.locator('#c0-fromCount-error').isVisible(), false);
    assert.match(await page.locator('#stale').innerText(), /gestrichelten Felder/);
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);             // meanwhile the last plan stays
    await page.locator('#c0-fromCount').fill('20.000');
    await page.locator('#c0-toCount').fill('4.000');
    assert.deepEqual(await stageCounts(page), ['2.000', '400', '100', '50']);
    assert.equal(await page.locator(`${CHART} .name`).first().textContent(), isolated('Lead'));

    await page.locator('#stage-2').fill('Termin');
    await page.locator('#stage-2').dispatchEvent('change');
    assert.deepEqual(await page.locator(`${CHART} .name`).allTextContents(), [isolated('Lead'), 'MQLs', isolated('Termin'), 'Kunden']);
    assert.equal(await page.locator('label[for="c2-fromCount"]').innerText(), `${isolated('Termin')} gesamt`);

    await page.locator('.insert').nth(2).click();  // between "Termin" and the customers
    assert.equal(await page.locator('.stage-name').count(), 5);
    // The new stage keeps "Termin"'s old counts above it and needs its own conversion below.
    await page.locator('fieldset[data-index="3"] .mode label', { hasText: 'Rate' }).click();
    await page.locator('#c3-rate').fill('80');
    assert.deepEqual(await stageCounts(page), ['2.520', '504', '126', '63', '50']);

    for (let i = 0; i < 3; i += 1) await page.locator('.remove').first().click();
    assert.equal(await page.locator('.stage-name').count(), 2);
    assert.equal(await page.locator('.remove').first().isVisible(), false);  // never fewer than 2
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('plans a revenue goal with a deal value', async () => {
    const { page } = await openPage(browser);
    await page.locator('.segments label', { hasText: 'Umsatz' }).click();
    await page.locator('#plan-revenue').fill('100.000');
    await page.locator('#plan-deal').fill('2.000');
    assert.deepEqual(await stageCounts(page), ['400', '100', '50']);
    assert.equal(plain((await texts(page.locator('#plan-steps li')))[0]), '100.000,00 € ÷ 2.000,00 € = 50 Kunden');
    await page.locator('#plan-revenue').fill('100.001');
    assert.deepEqual(await stageCounts(page), ['408', '102', '51']);  // 50.0005 customers round up to 51
    await page.close();
  });

  test('plans per quarter or year, with per-month, per-week and per-working-day figures', async () => {
    const { page } = await openPage(browser);
    await page.locator('#plan-period').selectOption('3');
    assert.equal(await page.locator('label[for="plan-goal"]').innerText(), 'Neue Kunden pro Quartal');
    // The goal keeps its meaning: 50 a month are 150 a quarter (issue 14, item 1).
    assert.equal(await page.locator('#plan-goal').inputValue(), '150');
    assert.deepEqual(await stageCounts(page), ['1.200', '300', '150']);
    // 1200 MQLs a quarter: 400 a month, 4800 a year, 92.3 a week (52), 19.2 a working day (250).
    const meta = (await texts(page.locator(`${CHART} .meta`))).slice(0, 2);
    assert.deepEqual(meta, ['bisher 1.000 pro Quartal20 % mehr als bisher', '400 pro Monat92,3 pro Woche · 19,2 pro Arbeitstag']);
    assert.equal(plain(await page.locator('#plan-title').innerText()), 'Ihr Plan pro Quartal');
    await page.close();
  });

  test('ranks which single improvement helps most', async () => {
    const { page } = await openPage(browser);
    const items = await texts(page.locator('#plan-sensitivity li'));
    assert.deepEqual(items, ['Werden 10 % mehr MQLs zu SQLs (25 % → 27,5 %), brauchen Sie 36 MQLs weniger pro Monat.',
      'Werden 10 % mehr SQLs zu Kunden (50 % → 55 %), brauchen Sie 36 MQLs weniger pro Monat.']);
    // At 10 % SQL -> customer: 500 SQLs, 2000 MQLs. 27.5 %: 1819 MQLs; 11 %: 455 SQLs, 1820 MQLs.
    await page.locator('#c1-toCount').fill('100');
    assert.deepEqual(await texts(page.locator('#plan-sensitivity li')),
      ['Werden 10 % mehr MQLs zu SQLs (25 % → 27,5 %), brauchen Sie 181 MQLs weniger pro Monat.',
        'Werden 10 % mehr SQLs zu Kunden (10 % → 11 %), brauchen Sie 180 MQLs weniger pro Monat.']);
    await page.close();
  });
});

describe('sharing and keeping a plan', () => {
  test('a copied link reopens the same plan', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(browser.url);
    await page.locator(CHART).waitFor();
    await page.locator('#plan-goal').fill('75');
    await page.locator('#stage-1').fill('Termin');
    await page.locator('.segments label', { hasText: '90 %' }).click();
    await page.locator('fieldset[data-index="1"] .mode label', { hasText: 'Rate' }).click();
    await page.locator('#c1-rate').fill('40 %');
    const before = await stageCounts(page);
    await page.locator('#share').click();
    await page.locator('#copied').filter({ hasText: 'Link kopiert' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#fp1&/);

    const { page: opened } = await openPage(browser, { url: link });
    assert.deepEqual(await stageCounts(opened), before);
    assert.equal(await opened.locator('#plan-goal').inputValue(), '75');
    assert.equal(await opened.locator('#stage-1').inputValue(), 'Termin');
    assert.equal(plain(await opened.locator('#c1-rate').inputValue()), '40 %');
    assert.equal(await opened.locator('.segments input[value="0.9"]').isChecked(), true);
    await opened.close();
    await page.close();
  });

  test('a broken or hostile link loads what it can, says so, and runs nothing', async () => {
    for (const fragment of ['#fp1&g=80&s=A,B&c=4000:10', '#fp1&g=%3Cimg%20src=x%20onerror=alert(1)%3E',
      `#fp1&g=5${'0'.repeat(5000)}`, '#fp1&s=%3Cimg%20src%3Dx%20onerror%3Dwindow.hacked%3D1%3E,Kunde&c=r0.5&g=5']) {
      const { page, problems } = await openPage(browser, { url: browser.url + fragment, ready: '#planner' });
      assert.equal(await page.evaluate(() => window.hacked), undefined);
      assert.equal(await page.locator('img').count(), 0);
      const text = await page.locator('funnel-planner').innerText();
      assert.doesNotMatch(text, /NaN|undefined|Infinity|null/);
      assert.deepEqual(problems, [], fragment);
      await page.close();
    }
    const { page } = await openPage(browser, { url: `${browser.url}#fp1&g=80&c=broken` });
    assert.equal(await page.locator('#share-notice').isVisible(), true);
    assert.deepEqual(await stageCounts(page), ['640', '160', '80']);  // the readable part: the goal
    await page.close();
  });

  test('keeps the last input on this device only', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}embed.html`);
    await page.locator(CHART).waitFor();
    await page.locator('#plan-goal').fill('65');
    await page.waitForFunction(() => localStorage.getItem('funnel-planner')?.includes('g=65'));
    await page.reload();
    await page.locator(CHART).waitFor();
    assert.equal(await page.locator('#plan-goal').inputValue(), '65');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['funnel-planner']);
    assert.equal(await page.evaluate(() => document.cookie), '');
    await page.close();
  });

  test('exports CSV that matches the plan, in German Excel\'s dialect', async () => {
    const { page } = await openPage(browser);
    await page.evaluate(() => {
      document.addEventListener('funnel-planner-change', (event) => { window.lastPlan = event.detail.result; });
    });
    await page.locator('#plan-goal').fill('50');
    const plan = await page.evaluate(() => window.lastPlan);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#plan-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFF'));
    const lines = csv.slice(1).trimEnd().split('\r\n').map((row) => row.split(';'));
    assert.deepEqual(lines[0], ['Funnel-Plan']);  // then the inputs, the conversions, the stages
    assert.deepEqual(lines.find((row) => row[0] === 'Neue Kunden pro Monat'), ['Neue Kunden pro Monat', '50']);
    const start = lines.findIndex((row) => row[0] === 'Stufe');
    const rows = lines.slice(start);
    assert.equal(rows[0][1], 'Benötigt pro Monat');
    assert.equal(rows.length, 1 + plan.stages.length);
    const number = (text) => Number(text.replace(',', '.'));
    plan.stages.forEach((stage, i) => {
      assert.equal(number(rows[i + 1][1]), stage.required);
      assert.ok(Math.abs(number(rows[i + 1][2]) - stage.perWeek) < 1e-4);
      if (plan.conversions[i]) assert.equal(number(rows[i + 1][6]) / 100, plan.conversions[i].rate);
    });
    assert.equal(rows[1][2], '92,3077');  // decimal comma
    assert.equal(rows[1][6], '25');  // rates in percent, under a "(%)" header
    await page.close();
  });

  test('copies the plan as Markdown', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(browser.url);
    await page.locator(CHART).waitFor();
    await page.locator('#plan-markdown').click();
    await page.locator('#copied').filter({ hasText: 'kopiert' }).waitFor();
    const markdown = plain(await page.evaluate(() => navigator.clipboard.readText()));
    assert.match(markdown, /^# Funnel-Plan\n/);
    assert.match(markdown, /\| MQLs \| 400 \| 92,3 \| 19,2 \| 25 % \|/);
    assert.match(markdown, /Mit 400 MQLs erreichen Sie Ihr Ziel/);
    await page.close();
  });

  test('prints a clean one-page plan with the date', async () => {
    const { page } = await openPage(browser);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#plan-inputs').isVisible(), false);
    assert.equal(await page.locator('.actions').isVisible(), false);
    assert.match(await page.locator('#panel-plan .printed').innerText(), /^Stand: \d{1,2}\.\d{1,2}\.\d{4}$/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, 1);
    await page.close();
  });
});
