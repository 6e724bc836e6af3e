// Lead capture (issue 20, item 2): off until the host says where leads go;
// nothing is sent without the consent tick; what reaches the host's endpoint
// (a loopback server here) is what the README promises; HubSpot's payload
// shape; the cancelable event; a failed endpoint keeps what was typed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { CHART, DIST, browserForThisFile, hostPageServer, leadEndpoint } from './harness.mjs';

const browser = browserForThisFile();
let planner;  // the planner's files, with CORS: the host page is on another origin
let endpoint;  // the host's lead endpoint: records each POST, answers 200 (or 500 when told)
let received;

before(async () => {
  planner = await startServer({ root: DIST, cors: true });
  endpoint = await leadEndpoint();
  received = endpoint.received;
});
after(async () => {
  await planner?.close();
  await endpoint?.close();
});

// A host's page with the planner and its lead settings; `script`: what the host page runs besides.
async function hostPage(attributes, script = '') {
  const host = await hostPageServer(`<!doctype html><html><head><title>Muster GmbH: Rechner</title></head><body>
    <script type="module" src="${planner.url}funnel-planner.js"></script>
    <funnel-planner lang="de" company="Muster GmbH" ${attributes}></funnel-planner>${script}</body></html>`);
  const page = await browser.newPage();
  await page.goto(host.url);
  await page.locator(CHART).waitFor();
  return { page, url: host.url, close: async () => { await page.close(); await host.close(); } };
}

async function fill(page, { name = 'Erika Mustermann', email = 'erika@muster-gmbh.de', company = 'Muster GmbH' } = {}) {
  await page.locator('#lead').click();
  await page.locator('#lead-dialog').waitFor();
  await page.locator('#lead-name').fill(name);
  await page.locator('#lead-email').fill(email);
  await page.locator('#lead-company').fill(company);
}

describe('lead capture', () => {
  test('off unless the host sets where leads go', async () => {
    const { page, close } = await hostPage('');
    assert.equal(await page.locator('#lead').isVisible(), false);
    await close();
  });

  test('consent is required; then the host\'s endpoint gets the contact and the plan as promised', async () => {
    const to = `${endpoint.url}leads`;
    const { page, url, close } = await hostPage(`lead-to="${to}" lead-privacy="/datenschutz"`);
    assert.equal(await page.locator('#lead').innerText(), 'Plan als PDF erhalten');
    await fill(page, { email: 'erika@muster' });
    await page.locator('#lead-send').click();
    await page.locator('#lead-email-error').filter({ hasText: 'name@firma.de' }).waitFor();
    assert.equal(await page.locator('#lead-consent-error').innerText(), 'Bitte stimmen Sie zu, indem Sie das Kästchen ankreuzen, bevor Sie absenden.');
    assert.equal(await page.locator('#lead-consent').isChecked(), false, 'the box starts unticked');
    await page.locator('#lead-email').fill('erika@muster-gmbh.de');
    await page.locator('#lead-send').click();
    await page.locator('#lead-consent-error').waitFor({ state: 'visible' });
    assert.equal(received.filter((entry) => entry.path === '/leads').length, 0, 'nothing sent without the tick');
    assert.equal(await page.locator('#lead-privacy').getAttribute('href'), new URL('/datenschutz', url).href);
    await page.locator('#lead-consent').check();
    await page.locator('#lead-send').click();
    await page.locator('#lead-status').filter({ hasText: 'Danke, Erika Mustermann!' }).waitFor();
    const [sent] = received.filter((entry) => entry.path === '/leads');
    assert.equal(sent.type, 'application/json');
    const body = JSON.parse(sent.body);
    assert.deepEqual(body.contact, { name: 'Erika Mustermann', email: 'erika@muster-gmbh.de', company: 'Muster GmbH' });
    assert.deepEqual(body.consent, { given: true, text: 'Ich bin einverstanden, dass Muster GmbH mich zu meinem Plan kontaktiert. Ich kann das jederzeit widerrufen.' });
    // The worked example: 50 customers, 400 MQLs and 100 SQLs a month, 25 % and 50 %.
    assert.equal(body.plan.goal, '50 Kunden pro Monat');
    assert.deepEqual([body.plan.stage1, body.plan.stage2, body.plan.rate1, body.plan.rate2].map((text) => text.replace(/\u00a0/g, ' ')), ['400 pro Monat', '100 pro Monat', '25 %', '50 %']);
    assert.ok(body.plan.link.startsWith(`${url}#fp1&`), body.plan.link);
    assert.equal(body.page, url);
    assert.equal(await page.locator('#lead-print').isVisible(), true, 'then the PDF');
    await close();
  });

  test('HubSpot: the public form submission\'s shape, to HubSpot only', async () => {
    const { page, close } = await hostPage('lead-to="hubspot:1234567/0a1b2c3d-4e5f-6789-abcd-ef0123456789" lead-offer="expert"');
    let posted = null;
    // Nothing leaves this machine: the browser's request to HubSpot is answered here.
    await page.route('https://api.hsforms.com/**', async (route) => {
      posted = { url: route.request().url(), body: route.request().postDataJSON() };
      await route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*' }, body: '{}' });
    });
    await page.locator('button[data-lang="en"]').click();
    await page.locator('#lead').filter({ hasText: 'Talk it through with an expert' }).waitFor();
    await fill(page);
    await page.locator('#lead-consent').check();
    await page.locator('#lead-send').click();
    await page.locator('#lead-status').filter({ hasText: 'Thank you' }).waitFor();
    assert.equal(posted.url, 'https://api.hsforms.com/submissions/v3/integration/submit/1234567/0a1b2c3d-4e5f-6789-abcd-ef0123456789');
    assert.deepEqual(posted.body.fields.slice(0, 4).map(({ name, value }) => [name, value]),
      [['email', 'erika@muster-gmbh.de'], ['firstname', 'Erika'], ['lastname', 'Mustermann'], ['company', 'Muster GmbH']]);
    assert.match(posted.body.fields[4].value, /^Goal: 50 customers per month\n/);
    assert.equal(posted.body.legalConsentOptions.consent.consentToProcess, true);
    assert.equal(await page.locator('#lead-print').isVisible(), false, 'an expert call, no PDF');
    await close();
  });

  test('the event comes first and a host can handle the lead itself', async () => {
    const script = `<script type="module">document.addEventListener('funnel-planner-lead', (event) => {
      event.preventDefault(); window.lead = event.detail; });</script>`;
    const { page, close } = await hostPage(`lead-to="${endpoint.url}never"`, script);
    await fill(page);
    await page.locator('#lead-consent').check();
    await page.locator('#lead-send').click();
    await page.locator('#lead-status').filter({ hasText: 'Danke' }).waitFor();
    const detail = await page.evaluate(() => window.lead);
    assert.equal(detail.contact.email, 'erika@muster-gmbh.de');
    assert.equal(detail.plan[0].text, '50 Kunden pro Monat');
    assert.equal(received.filter((entry) => entry.path === '/never').length, 0, 'handled by the host: nothing sent');
    await close();
  });

  test('a failed endpoint keeps what was typed and says so', async () => {
    const { page, close } = await hostPage(`lead-to="form:${endpoint.url}fail"`);
    await fill(page, { name: 'Max Vertrieb' });
    await page.locator('#lead-consent').check();
    await page.locator('#lead-send').click();
    await page.locator('#lead-status').filter({ hasText: 'nicht geklappt' }).waitFor();
    assert.equal(await page.locator('#lead-name').inputValue(), 'Max Vertrieb');
    assert.equal(await page.locator('#lead-consent').isChecked(), true);
    assert.equal(await page.locator('#lead-send').isVisible(), true, 'to try again');
    const [sent] = received.filter((entry) => entry.path === '/fail');
    assert.equal(sent.type, 'application/x-www-form-urlencoded');
    assert.equal(new URLSearchParams(sent.body).get('contact.name'), 'Max Vertrieb');
    await close();
  });
});
