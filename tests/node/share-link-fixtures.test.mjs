// Every share link written before issue 13 keeps opening the same input:
// fixtures/fp1-links.json holds links written by hand from the fp1 format,
// each with the state it stands for, frozen before the share link was rebuilt.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadCore } from './load-core.mjs';

const { links } = JSON.parse(readFileSync(new URL('./fixtures/fp1-links.json', import.meta.url), 'utf8'));
const core = await loadCore();

for (const { name, link, state, notices = [] } of links) {
  test(`an fp1 link keeps opening: ${name}`, () => {
    const answer = core.readShareLink(link);
    assert.equal(answer.ok, true);
    assert.deepEqual(answer.state, state);
    assert.deepEqual(answer.notices, notices);
    // What the page writes for that input opens it again.
    assert.deepEqual(core.readShareLink(core.writeShareLink(answer.state)).state, state);
  });
}
