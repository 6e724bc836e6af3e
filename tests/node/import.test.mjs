// importFile() through its own wasm module (issue 16; it runs in a worker):
// a file's bytes as they are, Windows-1252 and UTF-16 included; the answer's
// shape; nothing thrown or NaN on junk; and a large generated export read
// whole (the benchmark times it; here only that it is counted right).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { hubspotExport } from '../bench/export_file.mjs';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore('funnel-import');
});

const latin1 = (text) => Uint8Array.from(text, (char) => char.charCodeAt(0));  // one byte per character, as Windows-1252 writes these
const utf8 = (text) => new TextEncoder().encode(text);

describe('importFile through the wasm module', () => {
  test('a German Excel sheet in Windows-1252: umlauts right, counts per month, a bad row by line', () => {
    const bytes = latin1('Monat;MQLs;SQLs;Neukunden;Bemerkung\r\nJan 2026;1.200;300;150;\r\nFebruar 2026;1.100;250;120;Messe M\u00FCnchen\r\nM\u00E4rz 2026;1.000;200;100;\r\nApril 2026;viele;200;90;\r\n');
    const answer = core.importFile({ bytes, locale: 'de', stages: ['MQL', 'SQL', 'Kunde'], end: '2026-03', windowMonths: 3, skipMonths: 0 });
    assert.equal(answer.ok, true);
    assert.equal(answer.encoding, 'windows-1252');
    assert.equal(answer.delimiter, ';');
    assert.deepEqual(answer.mapping, { shape: 'monthly', month: 0, stages: [1, 2, 3], channel: -1, certain: true });
    assert.deepEqual(answer.months, ['2026-01', '2026-02', '2026-03']);  // "März" read from its Windows-1252 byte
    assert.deepEqual(answer.counts, [[1200, 1100, 1000], [300, 250, 200], [150, 120, 100]]);
    assert.deepEqual(answer.history.map(({ fromCount, toCount }) => [fromCount, toCount]), [[3300, 750], [750, 370]]);
    assert.equal(answer.historyMonths, 3);
    assert.deepEqual(answer.report.skipped, [{ line: 5, code: 'not_a_count', message: 'Keine gültige Anzahl – erwartet wird eine ganze Zahl ab 0.', column: 1, text: 'viele' }]);
    assert.equal(answer.header[4], 'Bemerkung');
  });

  test('a HubSpot export: stages and channel from the header, lags, the history of a window', () => {
    const rows = ['Record ID,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Became a Customer Date,Original Source',
      '1,2026-01-05,2026-01-20,2026-03-01,Paid Search', '2,2026-01-10,2026-02-14,,Organic Search', '3,2026-02-03,,,Organic Search'];
    const answer = core.importFile({ bytes: utf8(`\uFEFF${rows.join('\n')}\n`), locale: 'en', end: '2026-03', windowMonths: 3, skipMonths: 0 });
    assert.equal(answer.encoding, 'utf-8-bom');
    assert.deepEqual(answer.mapping.stages, [1, 2, 3]);
    assert.equal(answer.mapping.channel, 4);
    assert.deepEqual(answer.counts, [[2, 1, 0], [1, 1, 0], [0, 0, 1]]);
    assert.deepEqual(answer.channels.map((channel) => channel.name), ['Organic Search', 'Paid Search']);
    assert.deepEqual(answer.lags[0], { count: 2, negative: 0, median: 25, mean: 25, p80: 35 });
    assert.deepEqual(answer.history[0], { fromCount: 3, toCount: 2, first: '2026-01', last: '2026-03', months: 3, skipped: 0, maturing: true });
    assert.deepEqual(answer.report, { rowsRead: 3, rowsUsed: 3, skippedCount: 0, skipped: [], firstDate: '2026-01-05', lastDate: '2026-03-01' });
  });

  test('junk never throws and never answers NaN', () => {
    for (const input of [undefined, null, 7, {}, { bytes: 12 }, { bytes: utf8('') }, { bytes: utf8('a,b\n1,2\n'), windowMonths: 0 },
      { bytes: utf8('a\n"'), mapping: { stages: [5, 'x'] } }, { bytes: latin1('\xFF\xFE\x00'), stages: 'MQL' }]) {
      const answer = core.importFile(input);
      assert.equal(typeof answer.ok, 'boolean', JSON.stringify(input));
      assert.doesNotMatch(JSON.stringify(answer), /NaN|Infinity|undefined/);
    }
  });

  test('a 100,000-row export is read whole', () => {
    const answer = core.importFile({ bytes: utf8(hubspotExport(100000)), locale: 'en', today: '2026-01-15' });
    assert.equal(answer.report.rowsUsed, 100000);
    assert.equal(answer.counts[0].reduce((sum, n) => sum + n, 0), 100000);
    assert.equal(answer.counts[1].reduce((sum, n) => sum + n, 0), 25000);
    assert.equal(answer.channels.length, 5);
  });
});
