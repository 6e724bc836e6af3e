// The embed builder (issue 20, items 1 and 6): every option reaches the
// snippet and the preview, as a component and as an iframe; a setting the
// planner would ignore is shown as a problem and left out; and the snippets
// work where they are pasted: the component on a page of the same origin, the
// iframe on a page of another, each under the Content-Security-Policy the
// builder documents for it, with no violation.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { CHART, DIST, browserForThisFile, hostPageServer, leadEndpoint, plain, stageCounts } from './harness.mjs';

const browser = browserForThisFile();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let endpoint;  // a host's lead endpoint on loopback: records each POST
let received;

before(async () => {
  endpoint = await leadEndpoint();
  received = endpoint.received;
});
after(() => endpoint?.close());

// Every violation of the page's policy, in any frame: the event, and the console's report of it.
async function watchPolicy(page) {
  const violations = [];
  await page.exposeFunction('reportViolation', (text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => window.reportViolation(`${event.violatedDirective} ${event.blockedURI}`), true);
  });
  page.on('console', (message) => { if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text()); });
  return violations;
}

async function openBuilder(path = 'embed-builder.html') {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await page.goto(browser.url + path);
  await page.locator('#preview funnel-planner').locator(CHART).waitFor();
  return { page, problems };
}

const snippet = (page) => page.locator('#snippet').textContent();
const policy = (page) => page.locator('#policy').textContent();
// The snippet's one element of `tag`, as the browser parses it: its attributes by name.
const parsedAttributes = (page, tag) => page.locator('#snippet').evaluate((code, name) => {
  const element = new DOMParser().parseFromString(code.textContent, 'text/html').querySelector(name);
  return Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
}, tag);

const LOGO = () => `${browser.url}favicon.svg`;

// Every option set away from its default. The planner in English, the builder in German.
async function setEverything(page, lead = { kind: 'json', to: `${endpoint.url}leads` }) {
  await page.selectOption('#b-lang', 'en');
  await page.fill('#b-company', 'Muster & "Söhne" GmbH');
  await page.fill('#b-logo', LOGO());
  await page.locator('#b-accent').evaluate((input) => {
    input.value = '#be123c';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.uncheck('#b-powered');
  await page.fill('#b-goal', '80');
  await page.selectOption('#b-currency', 'CHF');
  for (const id of ['import', 'review', 'channels']) await page.uncheck(`#b-view-${id}`);
  await page.uncheck('#b-storage');
  await page.uncheck('#b-share');
  await page.fill('#b-cta-text', 'Book a call');
  await page.fill('#b-cta-href', 'https://www.muster.example/kontakt');
  await page.selectOption('#b-lead', lead.kind);
  if (lead.kind === 'hubspot') {
    await page.fill('#b-portal', lead.portal);
    await page.fill('#b-form', lead.form);
  } else await page.fill('#b-endpoint', lead.to);
  await page.check('input[name="offer"][value="expert"]');
  await page.fill('#b-consent', 'Yes, Muster may call me about my plan.');
  await page.fill('#b-privacy', 'https://www.muster.example/privacy');
  await page.selectOption('#b-lead-company', 'required');
}

const EVERYTHING = (lead) => ({
  lang: 'en', goal: '80', currency: 'CHF', accent: '#be123c', company: 'Muster & "Söhne" GmbH', logo: LOGO(), 'powered-by': 'off',
  views: 'plan forecast schedule handoff', storage: 'off', share: 'off', 'cta-text': 'Book a call', 'cta-href': 'https://www.muster.example/kontakt',
  'lead-to': lead, 'lead-offer': 'expert', 'lead-consent': 'Yes, Muster may call me about my plan.', 'lead-privacy': 'https://www.muster.example/privacy',
  'lead-company': 'required',
});

// What the planner shows of those settings, wherever it is (`planner`: a locator inside it).
async function showsEverything(planner, { logo = LOGO(), views = ['plan', 'forecast', 'schedule', 'handoff'] } = {}) {
  assert.equal(await planner.locator('#brand-name').textContent(), 'Muster & "Söhne" GmbH');
  assert.equal(await planner.locator('#brand-logo').getAttribute('src'), new URL(logo, await planner.evaluate((element) => element.ownerDocument.baseURI)).href);
  assert.equal(await planner.locator('.bar').first().evaluate((bar) => getComputedStyle(bar).fill), 'rgb(190, 18, 60)',
    await planner.evaluate((element) => element.outerHTML));
  assert.deepEqual(await stageCounts(planner), ['640', '160', '80'], 'the goal of 80, in English');
  assert.deepEqual(await planner.locator('[data-view-tab]:visible').evaluateAll((tabs) => tabs.map((tab) => tab.dataset.viewTab)), views);
  assert.equal(await planner.locator('#share').isVisible(), false);
  assert.equal(await planner.locator('#powered').isVisible(), false);
  assert.equal(await planner.locator('#cta').textContent(), 'Book a call');
  assert.equal(await planner.locator('#lead').textContent(), 'Talk it through with an expert');
  await planner.locator('input[name="plan-goal-kind"][value="revenue"]').check({ force: true });
  assert.match(plain(await planner.locator('#plan-revenue-label').textContent()), /\(CHF\)$/);
  await planner.locator('input[name="plan-goal-kind"][value="customers"]').check({ force: true });
  // The lead form: the host's consent text and privacy link, the company required.
  await planner.locator('#lead').click();
  assert.equal(await planner.locator('#lead-consent-text').textContent(), 'Yes, Muster may call me about my plan.');
  assert.equal(await planner.locator('#lead-privacy').getAttribute('href'), 'https://www.muster.example/privacy');
  await planner.locator('#lead-name').fill('Erika Mustermann');
  await planner.locator('#lead-email').fill('erika@muster.example');
  await planner.locator('#lead-consent').check();
  await planner.locator('#lead-send').click();
  await planner.locator('#lead-company-error').waitFor();
  await planner.locator('#lead-company').fill('Muster GmbH');
  await planner.locator('#lead-send').click();
}

describe('the embed builder', () => {
  test('every option reaches the snippet and the preview, as a component and as an iframe; a test lead is shown, never sent', async () => {
    const { page, problems } = await openBuilder();
    const to = `${endpoint.url}leads`;
    await setEverything(page);
    await page.locator('#preview funnel-planner[lead-company]').waitFor({ state: 'attached' });
    assert.deepEqual(await parsedAttributes(page, 'funnel-planner'), EVERYTHING(to));
    assert.match(await snippet(page), /^<script type="module" src="\/funnel-planner\/funnel-planner\.js"><\/script>$/m);
    assert.match(await page.locator('#preview-note').textContent(), /Auf Ihrer Seite merkt sich der Planer nichts\./);

    const preview = page.locator('#preview funnel-planner');
    await showsEverything(preview);
    await page.locator('#preview-sent').waitFor();
    const sent = await page.locator('#preview-sent code').textContent();
    assert.ok(sent.startsWith(`POST ${to}\nContent-Type: application/json\n\n`), sent);
    const body = JSON.parse(sent.slice(sent.indexOf('\n\n')));
    assert.deepEqual(body.contact, { name: 'Erika Mustermann', email: 'erika@muster.example', company: 'Muster GmbH' });
    assert.equal(body.plan.stage1, '640 per month');
    assert.deepEqual(received, [], 'the preview sends nothing');
    await preview.locator('#lead-cancel').click();
    await preview.locator('#cta').click();
    assert.equal(page.url(), `${browser.url}embed-builder.html`, 'the call to action is shown, not followed');
    assert.match(await page.locator('#preview-note').textContent(), /führt auf Ihrer Seite zu https:\/\/www\.muster\.example\/kontakt/);

    // The iframe: the same settings, split between its address and the frame script's data- attributes.
    await page.click('#kind-iframe');
    const frameAttributes = await parsedAttributes(page, 'iframe');
    const src = new URL(frameAttributes.src);
    assert.equal(src.href.split('?')[0], `${browser.url}embed.html`);
    const expected = EVERYTHING(to);
    for (const name of ['lang', 'goal', 'currency', 'accent', 'company', 'powered-by', 'views', 'storage', 'share']) assert.equal(src.searchParams.get(name), expected[name], name);
    for (const name of ['logo', 'cta-text', 'cta-href', 'lead-to', 'lead-offer', 'lead-consent', 'lead-privacy', 'lead-company']) assert.equal(frameAttributes[`data-${name}`], expected[name], name);
    assert.equal(frameAttributes.allow, 'clipboard-write');
    assert.match(await snippet(page), /<script src="http:\/\/127\.0\.0\.1:\d+\/funnel-planner-frame\.js" defer><\/script>$/);
    const planner = new URL(browser.url).origin;
    assert.equal(await policy(page), `default-src 'self'; script-src 'self' ${planner}; frame-src 'self' ${planner}; object-src 'none'; base-uri 'self'`);
    assert.match(await page.locator('#b-lead-where').textContent(), new RegExp(`CORS für ${planner} erlauben`), 'in a frame the request comes from the planner');
    await page.locator('#preview-sent').evaluate((box) => { box.hidden = true; });
    const frame = page.frameLocator('#preview iframe');
    await frame.locator(CHART).waitFor();
    await page.waitForFunction(() => document.querySelector('#preview iframe').getBoundingClientRect().height > 800);
    await showsEverything(frame.locator('funnel-planner'));
    await page.locator('#preview-sent').waitFor();
    assert.match(await page.locator('#preview-sent code').textContent(), /"stage1": "640 per month"/);
    assert.deepEqual(received, [], 'nor does the framed preview');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('what the planner would ignore is said beside its field and left out of the code', async () => {
    const { page } = await openBuilder();
    await page.fill('#b-goal', '0');
    await page.locator('#b-goal-error').filter({ hasText: 'Bitte geben Sie eine Zahl größer als 0 ein.' }).waitFor();
    await page.fill('#b-logo', 'javascript:alert(1)');
    await page.selectOption('#b-lead', 'hubspot');
    await page.fill('#b-portal', '12x');
    await page.fill('#b-form', '0c0a1d2e-1111-4222-8333-444455556666');
    assert.match(await page.locator('#b-lead-error').textContent(), /Portal-ID \(nur Ziffern\)/);
    assert.equal(await page.locator('#b-portal').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#b-logo-error').textContent(), /https:\/\//);
    assert.deepEqual(await parsedAttributes(page, 'funnel-planner'), { lang: 'de' });
    assert.deepEqual(await stageCounts(page.locator('#preview funnel-planner')), ['400', '100', '50'], 'the preview shows what the code does');
    // A brand yellow is kept, but white text on it cannot be read: said, with its contrast.
    await page.locator('#b-accent').evaluate((input) => {
      input.value = '#ffd400';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    assert.match(await page.locator('#b-accent-error').textContent(), /Kontrast 1,4 : 1, barrierefrei ab 4,5 : 1/);
    assert.equal((await parsedAttributes(page, 'funnel-planner')).accent, '#ffd400');
    await page.locator('#b-accent').evaluate((input) => {
      input.value = '#3b2fc9';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    assert.equal(await page.locator('#b-accent-error').isVisible(), false);
    await page.fill('#b-goal', '1.000');  // German, as the builder's language writes it
    await page.fill('#b-portal', '1234567');
    assert.deepEqual(await parsedAttributes(page, 'funnel-planner'), { lang: 'de', goal: '1000', 'lead-to': 'hubspot:1234567/0c0a1d2e-1111-4222-8333-444455556666' });
    assert.equal(await page.locator('#b-lead-error').isVisible(), false);
    assert.match(await page.locator('#b-lead-where').textContent(), /https:\/\/api\.hsforms\.com\/submissions\/v3\/integration\/submit\/1234567\//);
    assert.match(await policy(page), /connect-src 'self' https:\/\/api\.hsforms\.com;/);
    await page.close();
  });

  test('the component\'s snippet on a page of the same origin runs under the documented policy, without a violation', async () => {
    const { page: builder } = await openBuilder();
    await setEverything(builder);
    await builder.fill('#b-logo', '/funnel-planner/favicon.svg');
    for (const id of ['import', 'review', 'channels']) await builder.check(`#b-view-${id}`);  // every view, each loaded under the policy
    await builder.locator('#preview funnel-planner:not([views])').waitFor({ state: 'attached' });
    const [code, hostPolicy] = [await snippet(builder), await policy(builder)];
    assert.match(hostPolicy, new RegExp(`connect-src 'self' ${new URL(endpoint.url).origin};`));
    await builder.close();

    // The agency copies dist/ to /funnel-planner/ on the client's site and pastes the snippet.
    const root = mkdtempSync(join(tmpdir(), 'funnel-client-'));
    symlinkSync(DIST, join(root, 'funnel-planner'));
    writeFileSync(join(root, 'index.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="${hostPolicy}"><title>Muster GmbH</title></head>
      <body><h1>Unser Rechner</h1>\n${code}\n</body></html>`);
    const site = await startServer({ root });
    const page = await browser.newPage();
    const violations = await watchPolicy(page);
    try {
      await page.goto(site.url);
      const planner = page.locator('funnel-planner');
      await planner.locator(CHART).waitFor();
      assert.equal(await planner.locator('#brand-logo').evaluate((image) => image.complete && image.naturalWidth > 0), true);
      for (const view of ['forecast', 'schedule', 'import', 'review', 'channels', 'handoff', 'plan']) {
        await planner.locator(`#tab-${view}`).click();
        await planner.locator(`#panel-${view}:not([hidden]) .results`).waitFor();
      }
      await page.waitForTimeout(300);  // the schedule's and channels' own modules
      await showsEverything(planner, { logo: '/funnel-planner/favicon.svg', views: ['plan', 'forecast', 'schedule', 'import', 'review', 'channels', 'handoff'] });
      await planner.locator('#lead-status').filter({ hasText: 'Thank you, Erika Mustermann!' }).waitFor();
      const lead = received.find((entry) => entry.path === '/leads');
      assert.equal(JSON.parse(lead.body).page, site.url);
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
      await site.close();
    }
  });

  test('the iframe\'s snippet on a page of another origin runs under the documented policy, without a violation', async () => {
    const { page: builder } = await openBuilder();
    const form = '0c0a1d2e-1111-4222-8333-444455556666';
    await setEverything(builder, { kind: 'hubspot', portal: '1234567', form });
    await builder.fill('#b-cta-href', '/kontakt');  // a page of the client's site, not of the planner's
    await builder.click('#kind-iframe');
    const [code, hostPolicy] = [await snippet(builder), await policy(builder)];
    await builder.close();

    const host = await hostPageServer(`<!doctype html><html lang="de"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="${hostPolicy}"><title>Muster GmbH</title></head>
      <body><h1>Unser Rechner</h1>\n${code}\n<p id="below">Darunter</p></body></html>`);
    const page = await browser.newPage();
    const violations = await watchPolicy(page);
    const hubspot = [];
    await page.route('https://api.hsforms.com/**', (route) => {
      hubspot.push({ url: route.request().url(), body: route.request().postDataJSON() });
      return route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*' }, body: '{}' });
    });
    try {
      await page.goto(host.url);
      assert.notEqual(new URL(host.url).origin, new URL(browser.url).origin);
      const frame = page.frameLocator('iframe[data-funnel-planner]');
      await frame.locator(CHART).waitFor();
      await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 800);
      assert.equal(await frame.locator('#cta').getAttribute('href'), new URL('/kontakt', host.url).href);
      await showsEverything(frame.locator('funnel-planner'));
      await frame.locator('#lead-status').filter({ hasText: 'Thank you, Erika Mustermann!' }).waitFor();
      assert.equal(hubspot.length, 1);
      assert.equal(hubspot[0].url, `https://api.hsforms.com/submissions/v3/integration/submit/1234567/${form}`);
      assert.equal(hubspot[0].body.context.pageUri, host.url, 'the host\'s page, not the frame');
      assert.equal(await page.locator(`a[href="${browser.url}index.html?lang=en"]`).count(), 1, 'the fallback link, in the planner\'s language');
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
      await host.close();
    }
  });

  test('the planner\'s page links to the builder in its language, and the builder speaks both', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?lang=en`);
    await page.locator(CHART).waitFor();
    await page.locator('#embed-link').filter({ hasText: 'Embed it on your website' }).click();
    await page.locator('h1').filter({ hasText: 'Embed the Funnel Planner on your website' }).waitFor();
    assert.equal(await page.locator('#b-lang').inputValue(), 'en', 'the planner in the language the person came in');
    assert.equal(await page.locator('label[for="b-goal"]').textContent(), 'Goal: new customers per month');
    await page.click('[data-page-lang="de"]');
    assert.equal(await page.locator('h1').textContent(), 'Den Funnel Planner auf Ihrer Website einbinden');
    assert.equal(await page.locator('#b-cta-text').getAttribute('placeholder'), 'Erstgespräch vereinbaren');
    assert.equal(await page.locator('#b-view-review + span').textContent(), 'KPI-Review: Ist vs. Plan');
    await page.close();
  });

  test('no axe-core violation, on a desktop and a phone, with a problem shown and lead capture open', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${browser.url}embed-builder.html`);
      await page.locator('#preview funnel-planner').locator(CHART).waitFor();
      await page.fill('#b-goal', '0');
      await page.selectOption('#b-lead', 'mailto');
      await page.fill('#b-mail', 'vertrieb');
      await page.evaluate(AXE);  // evaluate, not a script tag: the page's CSP forbids inline scripts
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      assert.deepEqual(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), [], `${viewport.width} px`);
      await page.close();
    }
  });

  test('keeps what was typed: through a reload, and in its meaning when the page\'s language changes', async () => {
    const { page } = await openBuilder();
    await page.fill('#b-goal', '1.000');
    await page.fill('#b-company', 'Muster GmbH');
    await page.uncheck('#b-view-review');
    await page.selectOption('#b-lead', 'mailto');
    await page.fill('#b-mail', 'vertrieb@muster.example');
    await page.click('#kind-iframe');
    await page.fill('#b-address', 'https://planer.muster.example/tools/');
    const before = await snippet(page);
    await page.reload();
    await page.locator('#preview iframe').waitFor();
    assert.equal(await page.locator('#b-goal').inputValue(), '1.000');
    assert.equal(await page.locator('#b-view-review').isChecked(), false);
    assert.equal(await page.locator('#b-mail').inputValue(), 'vertrieb@muster.example');
    assert.equal(await page.locator('#kind-iframe').getAttribute('aria-selected'), 'true');
    assert.equal(await snippet(page), before);
    // English reads "1.000" as one: the goal is re-spelled, a thousand either way.
    await page.click('[data-page-lang="en"]');
    assert.equal(await page.locator('#b-goal').inputValue(), '1,000');
    assert.equal(new URL((await parsedAttributes(page, 'iframe')).src).searchParams.get('goal'), '1000');
    await page.close();
  });

  test('copies the code, or selects it to copy by hand', async () => {
    const { page } = await openBuilder();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('#copy-snippet');
    await page.locator('#copy-status').filter({ hasText: 'Kopiert.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet(page));
    await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error('refused')); });
    await page.click('#copy-policy');
    await page.locator('#copy-status').filter({ hasText: 'Strg+C' }).waitFor();
    assert.equal(await page.evaluate(() => getSelection().toString()), await policy(page));
    await page.close();
  });
});
