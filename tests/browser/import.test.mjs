// The import view (issue 16): a HubSpot-style export dropped, a German Excel
// sheet chosen (Windows-1252, semicolons, thousands with dots), the plan and
// the schedule filled from them, a file with bad rows reported by line, and
// a large file's progress and cancel. Files are made here, never committed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hubspotExport } from '../bench/export_file.mjs';
import { browserForThisFile, openPage, plain, stageCounts } from './harness.mjs';

const browser = browserForThisFile();
const READY = '#tab-import';

async function openImport() {
  const { page, problems } = await openPage(browser, { path: '', ready: READY });
  await page.locator('#tab-import').click();
  await page.locator('#import-drop').waitFor();
  return { page, problems };
}

const latin1 = (text) => Buffer.from(text, 'latin1');  // Windows-1252 for these characters

describe('importing a file', () => {
  test('a HubSpot export dropped on the page fills the plan: counts, months, and the days between stages', async () => {
    const { page, problems } = await openImport();
    // Three contacts: MQL 5 Jan -> SQL 20 Jan (15 days) -> customer 1 Mar (40 days); MQL 10 Jan -> SQL 14 Feb (35 days); MQL 3 Feb.
    const csv = ['Record ID,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Became a Customer Date,Original Source',
      '1,2026-01-05,2026-01-20,2026-03-01,Paid Search', '2,2026-01-10,2026-02-14,,Organic Search', '3,2026-02-03,,,Organic Search'].join('\n');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'hubspot.csv', { type: 'text/csv' }));
      return transfer;
    }, csv);
    await page.locator('#import-drop').dispatchEvent('drop', { dataTransfer });
    await page.locator('#import-read').waitFor();
    assert.match(plain(await page.locator('#import-overview').innerText()), /hubspot\.csv[^]*3 gelesen, 3 verwendet, 0 übersprungen/);
    assert.deepEqual(await page.locator('#import-mapping select').evaluateAll((selects) => selects.map((select) => select.value)), ['1', '2', '3', '4']);
    assert.match(plain(await page.locator('#import-lags').innerText()), /MQL → SQL: im Median 25 Tage, 80 % innerhalb von 35 Tagen \(2 Kontakte\)/);
    await page.locator('#import-skip').selectOption('0');  // all of the window, the youngest months too
    await page.locator('#import-history').filter({ hasText: '3 MQLs' }).waitFor();
    await page.locator('#import-to-plan').click();
    await page.locator('#import-to-schedule').click();
    await page.locator('#tab-plan').click();
    assert.equal(await page.locator('#c0-fromCount').inputValue(), '3');
    assert.equal(await page.locator('#c0-toCount').inputValue(), '2');
    assert.equal(await page.locator('#c1-fromCount').inputValue(), '2');
    assert.equal(await page.locator('#c1-toCount').inputValue(), '1');
    assert.match(await page.locator('#c0-fromCount-slip').innerText(), /Aus Ihrer Datei übernommen/);
    // 50 customers at 50 % need 100 SQLs; 100 SQLs at 2 of 3 need 150 MQLs.
    assert.deepEqual(await stageCounts(page), ['150', '100', '50']);
    await page.locator('#tab-schedule').click();
    await page.locator('#schedule-lag-0').waitFor();
    assert.equal(await page.locator('#schedule-lag-0').inputValue(), '25');
    assert.equal(await page.locator('#schedule-lag-1').inputValue(), '40');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a German Excel sheet: Windows-1252, semicolons, thousands with dots, a bad row named by its line', async () => {
    const { page } = await openImport();
    const sheet = 'Monat;MQLs;SQLs;Neukunden;Bemerkung\r\nJan 2026;1.200;300;150;\r\nFebruar 2026;1.100;250;120;Messe M\u00FCnchen\r\n'
      + 'M\u00E4rz 2026;1.000;200;100;\r\nApril 2026;viele;200;90;\r\n';
    await page.locator('#import-file').setInputFiles({ name: 'Monatszahlen.csv', mimeType: 'text/csv', buffer: latin1(sheet) });
    await page.locator('#import-read').waitFor();
    assert.match(plain(await page.locator('#import-overview').innerText()), /Windows-1252, Trennzeichen: Semikolon/);
    assert.match(await page.locator('#import-counts').innerText(), /2026-03\s+1\.000\s+200\s+100/);  // "März" read from its byte
    assert.equal(plain(await page.locator('#import-skipped').innerText()), 'Zeile 5, Spalte „MQLs“ („viele“): Keine gültige Anzahl – erwartet wird eine ganze Zahl ab 0.');
    await page.close();
  });

  test('a large export shows its progress and can be cancelled; nothing is taken over', async () => {
    const { page } = await openImport();
    await page.locator('#import-file').setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(hubspotExport(200000)) });
    await page.locator('#import-progress').waitFor();
    assert.match(await page.locator('#import-progress-text').innerText(), /Datei wird gelesen|Zeilen werden gezählt/);
    await page.locator('#import-cancel').click();
    await page.locator('#import-failed').filter({ hasText: 'Abgebrochen' }).waitFor();
    assert.equal(await page.locator('#import-progress').isVisible(), false);
    assert.equal(await page.locator('#import-read').isVisible(), false);
    // And read to its end, the page answering meanwhile.
    await page.locator('#import-file').setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(hubspotExport(200000)) });
    await page.locator('#import-progress').waitFor();
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    await page.locator('#import-read').waitFor({ timeout: 20000 });
    assert.match(plain(await page.locator('#import-overview').innerText()), /200\.000 gelesen, 200\.000 verwendet/);
    await page.close();
  });

  test('a sample to try, and the columns chosen by hand when the header is not clear', async () => {
    const { page } = await openImport();
    await page.locator('#import-sample-export').click();
    await page.locator('#import-read').waitFor();
    assert.match(plain(await page.locator('#import-overview').innerText()), /beispiel-hubspot-export\.csv[^]*480 gelesen, 480 verwendet/);
    await page.locator('details.paste summary').click();
    await page.locator('#import-paste').fill('Name\tConverted Date\tWon\nAnna\t05.01.2026\t\nBen\t07.01.2026\t2026-02-01\n');
    await page.locator('#import-paste-read').click();
    await page.locator('#import-mapping-hint').filter({ hasText: 'Bitte wählen Sie die Spalte' }).waitFor();
    await page.locator('#import-map-stage-1').selectOption('1');  // "Converted Date" holds the SQL date
    await page.locator('#import-counts').filter({ hasText: '2026-01' }).waitFor();
    assert.match(await page.locator('#import-counts').innerText(), /2026-01\s+2\s+2\s+0/);
    await page.close();
  });
});

describe('what is kept of a file', () => {
  test('its counts, never the file: after a reload and in a link, as long as the link has room, and deleted on request', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(browser.url);
    await page.locator('#tab-import').click();
    // 24 months of contacts from 60 sources: more per channel than a link holds.
    const lines = ['Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Original Source'];
    for (let i = 0; i < 2400; i += 1) {
      const month = `${2024 + Math.floor((i % 24) / 12)}-${String(1 + (i % 12)).padStart(2, '0')}`;
      lines.push(`${month}-0${1 + (i % 9)},${i % 3 === 0 ? `${month}-2${i % 9}` : ''},Quelle ${i % 60}`);
    }
    await page.locator('#import-file').setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.locator('#import-read').waitFor();
    assert.match(plain(await page.locator('#import-kept-text').innerText()), /Behalten \(ohne die Datei selbst\): die Zahlen pro Monat von 1\/2024 bis 12\/2025 für 60 Kanäle/);
    assert.match(await page.locator('#import-kept-cut').innerText(), /Er enthält keine Kanäle/);
    await page.locator('#share').click();
    await page.locator('#copied').filter({ hasText: 'Link kopiert' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.length - link.indexOf('#') <= 4097, `${link.length}`);
    assert.match(link, /&im=2024-01&ic=100(:100){23},/);  // 100 MQLs a month, every month
    assert.match(link, /&it=c$/);
    // After a reload: the counts, and no file.
    await page.reload();
    await page.locator('#import-kept').waitFor();
    assert.equal(await page.locator('#import-read').isVisible(), false);
    assert.match(await page.locator('#import-counts').innerText(), /2025-12\s+100\s+/);
    await page.locator('#import-forget').click();
    await page.locator('#import-empty').waitFor();
    await page.reload();
    await page.locator('#import-empty').waitFor();
    await page.close();
  });
});
