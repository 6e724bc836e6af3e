// The export writers through the wasm module's JS API: what the page hands
// them (rows of text and numbers, blocks of Markdown) comes back as the file.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCore } from './load-core.mjs';

let core;
before(async () => {
  core = await loadCore();
});

describe('writeCsv', () => {
  test('writes German Excel\'s dialect with a BOM, numbers as numbers and formulas as text', () => {
    const csv = core.writeCsv({ locale: 'de', rows: [['Stufe', 'Benötigt'], ['=1+1', 400], ['-5', -0.25], ['MQLs', null, undefined]] });
    assert.equal(csv, '\uFEFFStufe;Benötigt\r\n"\'=1+1";400\r\n"\'-5";-0,25\r\nMQLs;;\r\n');
  });

  test('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 5, 'x', {}, { rows: 'x' }, { rows: [5, [Symbol('s'), 10n, () => 1, {}]] }]) {
      assert.equal(typeof core.writeCsv(input), 'string');
    }
  });
});

describe('writeMarkdown', () => {
  test('escapes what would become a link, an image or HTML', () => {
    const markdown = core.writeMarkdown({ blocks: [
      { kind: 'heading', text: 'Plan' },
      { kind: 'table', header: ['Stufe', 'Benötigt'], align: ['left', 'right'], rows: [['![x](https://evil.example/p.png)', '400']] },
      { kind: 'paragraph', text: '<img src=x onerror=alert(1)> www.evil.example' },
    ] });
    assert.equal(markdown, '# Plan\n\n| Stufe | Benötigt |\n|---|---:|\n| \\!\\[x\\](https\\://evil.example/p.png) | 400 |\n\n'
      + '\\<img src=x onerror=alert(1)\\> www\\.evil.example\n');
  });

  test('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 5, {}, { blocks: [null, 5, { kind: 'table', rows: [[1, null]] }, { kind: 'x' }] }]) {
      assert.equal(typeof core.writeMarkdown(input), 'string');
    }
  });
});
