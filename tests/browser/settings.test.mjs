// What a host page, or anyone who crafts a link to embed.html, can set must
// not reach out: an accent is a colour and nothing that fetches, and a call
// to action to another site is never put on the planner's own origin.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHART, browserForThisFile, hostPageServer } from './harness.mjs';

const browser = browserForThisFile();
const EVIL = 'evil.example';

// A host page whose own custom property would fetch if the planner used it.
async function hostPage(attributes) {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route(`${browser.url}host.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><style>funnel-planner { --evil: url(https://${EVIL}/var.png); }</style>
<script type="module" src="funnel-planner.js"></script><funnel-planner ${attributes}></funnel-planner>`,
  }));
  await page.goto(`${browser.url}host.html`);
  await page.locator(CHART).waitFor();
  return { page, requests };
}

const barColour = (page) => page.locator('.bar').first().evaluate((bar) => getComputedStyle(bar).fill);
const setAccent = (page, value) => page.locator('funnel-planner').evaluate((planner, accent) => {
  planner.setAttribute('accent', accent);
  return new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); });
}, value);

describe('accent', () => {
  test('takes colours, in any CSS spelling', async () => {
    const { page } = await hostPage('lang="de" cta-text="Termin"');
    for (const [accent, colour] of [['#be123c', 'rgb(190, 18, 60)'], ['rgb(1 2 3)', 'rgb(1, 2, 3)'],
      ['hsl(0 100% 50%)', 'rgb(255, 0, 0)'], ['rebeccapurple', 'rgb(102, 51, 153)'], [' #0a0 ', 'rgb(0, 170, 0)']]) {
      await setAccent(page, accent);
      assert.equal(await barColour(page), colour, accent);
    }
    await page.close();
  });

  test('refuses anything that is no colour or could fetch, and no request leaves', async () => {
    const { page, requests } = await hostPage('lang="de" cta-text="Termin" accent="#be123c"');
    const hostile = ['var(--evil)', 'VAR(--evil)', 'v\\61r(--evil)', 'color-mix(in srgb, var(--evil), red)', 'env(evil)',
      'attr(data-x)', `url(https://${EVIL}/url.png)`, `image-set("https://${EVIL}/set.png" 1x)`,
      `linear-gradient(red, url(https://${EVIL}/g.png))`, 'inherit', 'initial', 'red; background: url(x)', ''];
    for (const accent of hostile) {
      await setAccent(page, accent);
      assert.equal(await barColour(page), 'rgb(59, 47, 201)', `${accent} falls back to the default`);
      const cta = await page.locator('#cta').evaluate((link) => getComputedStyle(link).backgroundImage);
      assert.equal(cta, 'none', accent);
    }
    assert.deepEqual(requests.filter((url) => url.includes(EVIL)), []);
    await page.close();
  });
});

describe('call to action', () => {
  test('a link is followed where the browser would go: //host, /\\host and \\\\host are other sites', async () => {
    const { page } = await hostPage('lang="de" cta-text="Termin"');
    const origin = new URL(browser.url).origin;
    const cases = [
      [`//${EVIL}/login`, `http://${EVIL}/login`], [`/\\${EVIL}/login`, `http://${EVIL}/login`],
      [`\\\\${EVIL}/login`, `http://${EVIL}/login`], ['/kontakt', `${origin}/kontakt`], ['kontakt.html', `${origin}/kontakt.html`],
      ['mailto:vertrieb@example.com', 'mailto:vertrieb@example.com'], ['javascript:alert(1)', '#'], [' JaVaScRiPt:alert(1)', '#'],
      ['java\tscript:alert(1)', '#'], ['data:text/html,<script>alert(1)</script>', '#'],
    ];
    for (const [href, expected] of cases) {
      await page.locator('funnel-planner').evaluate((planner, value) => planner.setAttribute('cta-href', value), href);
      await page.waitForFunction((value) => document.querySelector('funnel-planner').shadowRoot.getElementById('cta').getAttribute('href') === value, expected);
    }
    await page.close();
  });

  test('embed.html takes one from its address only to its own site', async () => {
    const origin = new URL(browser.url).origin;
    const refused = [`https://${EVIL}/login`, `//${EVIL}/login`, `/\\${EVIL}/login`, `\\\\${EVIL}/login`, 'javascript:alert(1)'];
    for (const href of refused) {
      const page = await browser.newPage();
      await page.goto(`${browser.url}embed.html?cta-text=${encodeURIComponent('Bitte erneut anmelden')}&cta-href=${encodeURIComponent(href)}`);
      await page.locator(CHART).waitFor();
      assert.equal(await page.locator('#cta').isVisible(), false, href);
      await page.close();
    }
    const page = await browser.newPage();
    await page.goto(`${browser.url}embed.html?cta-text=Termin&cta-href=%2Fkontakt`);
    await page.locator(CHART).waitFor();
    assert.equal(await page.locator('#cta').innerText(), 'Termin');
    assert.equal(await page.locator('#cta').getAttribute('href'), `${origin}/kontakt`);
    await page.close();
  });

  test('the page that embeds the frame may send any target', async () => {
    const host = await hostPageServer(`<!doctype html>
      <iframe src="${browser.url}embed.html?lang=en" title="Funnel Planner" data-funnel-planner
        data-cta-text="Book a call" data-cta-href="https://calendar.example/acme"></iframe>
      <script src="${browser.url}funnel-planner-frame.js"></script>`);
    const page = await browser.newPage();
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await frame.locator('#cta').waitFor();
    assert.equal(await frame.locator('#cta').innerText(), 'Book a call');
    assert.equal(await frame.locator('#cta').getAttribute('href'), 'https://calendar.example/acme');
    // Opened in a tab of its own, which cannot reach back into the frame.
    assert.deepEqual(await frame.locator('#cta').evaluate((cta) => [cta.target, cta.rel]), ['_blank', 'noopener']);
    await page.close();
    await host.close();
  });

  // The views a host shows (the embed builder's "Ansichten"): the tabs, the keys, a link, a change on the fly.
  const shownTabs = (page) => page.locator('[data-view-tab]:visible').evaluateAll((tabs) => tabs.map((tab) => tab.dataset.viewTab));

  test('views: only the tabs the host names, the plan always; the arrow keys and a link stay among them', async () => {
    const { page } = await hostPage('views="handoff, schedule bogus"');
    assert.deepEqual(await shownTabs(page), ['plan', 'schedule', 'handoff'], 'in the tabs\' order, the plan first');
    await page.locator('#tab-plan').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#tab-schedule[aria-selected="true"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('#tab-plan[aria-selected="true"]').waitFor();
    // A link to a view this host does not show opens the plan, with the link's numbers.
    await page.goto(`${browser.url}host.html#fp1&v=review&g=60`);
    await page.reload();  // the same page with only another fragment: opened anew
    await page.locator(CHART).waitFor();
    assert.equal(await page.locator('#tab-plan').getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('#plan-goal').inputValue(), '60');
    // Taken away while open: the plan takes its place.
    await page.locator('#tab-schedule').click();
    await page.locator('#panel-schedule:not([hidden])').waitFor();
    await page.locator('funnel-planner').evaluate((planner) => planner.setAttribute('views', 'plan forecast'));
    await page.locator('#panel-plan:not([hidden])').waitFor();
    assert.deepEqual(await shownTabs(page), ['plan', 'forecast']);
    // One view: no row of tabs at all. No view it knows: all of them.
    await page.locator('funnel-planner').evaluate((planner) => planner.setAttribute('views', 'plan'));
    await page.locator('#tabs').waitFor({ state: 'hidden' });
    await page.locator('funnel-planner').evaluate((planner) => planner.setAttribute('views', 'bogus'));
    await page.locator('#tab-review').waitFor();
    assert.equal((await shownTabs(page)).length, 7);
    await page.close();
  });
});
