// Names are text, whatever they say: JavaScript's own member names, invisible
// characters, line breaks, direction controls, formulas and Markdown.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CHART, browserForThisFile, isolated, openPage } from './harness.mjs';

const browser = browserForThisFile();
const RLO = '\u202E';

const plannerText = (page) => page.locator('funnel-planner').evaluate((planner) => planner.shadowRoot.querySelector('.planner').innerText);

async function rename(page, index, name) {
  await page.locator(`#stage-${index}`).fill(name);
  await page.locator(`#stage-${index}`).dispatchEvent('change');
}

describe('stage names', () => {
  test('names that are members of every JavaScript object show and save as typed', async () => {
    const { page, problems } = await openPage(browser);
    const names = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'];
    await page.locator('#add-top').click();
    await page.locator('#add-top').click();
    for (const [index, name] of names.entries()) await rename(page, index, name);
    for (const index of [0, 1]) {
      await page.locator(`#c${index}-fromCount`).fill('100');
      await page.locator(`#c${index}-toCount`).fill('50');
    }
    assert.deepEqual(await page.locator(`${CHART} .name`).allTextContents(), names.map(isolated));
    assert.equal(await page.locator('fieldset[data-index="2"] legend').innerText(), `${isolated('__proto__')} → ${isolated('valueOf')}`);
    assert.doesNotMatch(await plannerText(page), /undefined|function|\[object/);
    await page.reload();
    await page.locator(CHART).waitFor();
    for (const [index, name] of names.entries()) assert.equal(await page.locator(`#stage-${index}`).inputValue(), name);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a name of only invisible characters is refused with a message, and kept as typed', async () => {
    const { page } = await openPage(browser);
    for (const invisible of ['\u00A0', '\u200B\u200B', ' \u2060 ', '\uFEFF']) {
      await page.locator('#stage-1').fill(invisible);
      assert.match(await page.locator('#stage-1-error').innerText(), /Jede Stufe braucht einen Namen aus sichtbaren Zeichen/);
      assert.equal(await page.locator('#stage-1').inputValue(), invisible);
    }
    await page.close();
  });

  test('a pasted name with a line break is refused with a message, not stripped', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(browser.url);
    await page.locator(CHART).waitFor();
    await page.evaluate(() => navigator.clipboard.writeText('Lead\nMQL'));
    await page.locator('#stage-0').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    assert.equal(await page.locator('#stage-0').inputValue(), 'MQL', 'nothing is pasted');
    assert.match(await page.locator('#stage-0-error').innerText(), /Zeilenumbruch/);
    await page.locator('#stage-0').fill('Lead');
    assert.equal(await page.locator('#stage-0-error').isVisible(), false);
    // In a link, such a name cannot be shown as typed: it is named, not stripped.
    const { page: linked } = await openPage(browser, { url: `${browser.url}#fp1&g=50&s=Lead%0AMQL,SQL,Kunde&c=4000:1000,1000:500`, ready: '#planner' });
    await linked.locator('#share-notice li').first().waitFor();  // the notice names fields in every view's words: loaded first
    assert.deepEqual(await linked.locator('#share-notice li').allInnerTexts(), ['Stufe 1: nicht lesbar, das Feld ist leer']);
    assert.equal(await linked.locator('#stage-0').inputValue(), '');
    await linked.close();
    await page.close();
  });
});

// Where each of `numbers` is drawn, in reading order: top to bottom, then left
// to right. A number that a direction override moved reads out of order.
function readingOrder(element, numbers) {
  const text = element.firstChild;
  const positions = numbers.map((number) => {
    const at = text.data.indexOf(number);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + number.length);
    const box = range.getBoundingClientRect();
    return { number, line: Math.round(box.top), x: box.left };
  });
  return [...positions].sort((a, b) => a.line - b.line || a.x - b.x).map((position) => position.number);
}

describe('text direction', () => {
  test('a right-to-left override in a name cannot reorder the numbers around it', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(browser.url);
    await page.locator(CHART).waitFor();
    await rename(page, 0, `${RLO}Leads`);
    await page.locator('.segments label', { hasText: '90 %' }).click();
    const chance = page.locator('#plan-chance');
    const sentence = await chance.innerText();
    const numbers = sentence.match(/\d[\d.,]*(?: %)?/g);
    assert.ok(numbers.length >= 4, sentence);
    assert.deepEqual(await chance.evaluate(readingOrder, numbers), numbers, sentence);
    // The same sentence without the isolation does reorder: the check can tell.
    await chance.evaluate((element) => {
      const copy = element.cloneNode(true);
      copy.id = 'chance-bare';
      copy.textContent = element.textContent.replace(/[\u2068\u2069]/g, '');
      element.after(copy);
    });
    assert.notDeepEqual(await page.locator('#chance-bare').evaluate(readingOrder, numbers), numbers,
      'without isolation the override moves numbers');
    assert.equal(await page.locator(`${CHART} .name`).first().textContent(), isolated(`${RLO}Leads`));

    await page.locator('#plan-markdown').click();
    await page.locator('#copied').filter({ hasText: 'kopiert' }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    for (const line of markdown.split('\n').filter((row) => row.includes(RLO))) {
      assert.ok(line.includes(isolated(`${RLO}Leads`)), line);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#plan-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.match(csv, new RegExp(`\\r\\n${isolated(`${RLO}Leads`)};`));
    await page.close();
  });
});

describe('names in exports', () => {
  test('a formula or Markdown in a name stays text in the CSV and the Markdown', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(browser.url);
    await page.locator(CHART).waitFor();
    await rename(page, 0, '=HYPERLINK("//evil.example";"x")');
    await rename(page, 1, '![x](https://evil.example/p.png)');
    await rename(page, 2, '-5');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#plan-csv').click()]);
    const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
    const rows = lines.slice(lines.findIndex((line) => line.startsWith('Stufe;')));  // the stages, after the inputs
    assert.equal(rows[1].split(';')[0], '"\'=HYPERLINK(""//evil.example""');
    assert.equal(rows[3].split(';')[0], '"\'-5"');
    assert.match(rows[1], /;400;/, 'numbers stay numbers');
    assert.match(rows[1], /;-?\d+,\d+;/, 'negative gaps and decimals stay numbers');

    await page.locator('#plan-markdown').click();
    await page.locator('#copied').filter({ hasText: 'kopiert' }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(markdown.includes('\\!\\[x\\](https\\://evil.example/p.png)'), markdown);
    assert.doesNotMatch(markdown, /(^|[^\\])!\[|(^|[^\\])\]\(/m);
    await page.close();
  });
});
