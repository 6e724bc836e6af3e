// Branding (issue 20, item 3): a company's name and logo above the planner and
// on its printouts, "powered by" removable by an attribute; a logo from a
// crafted link to embed.html only from the planner's own site.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserForThisFile, openPage, plain } from './harness.mjs';

const browser = browserForThisFile();

describe('branding', () => {
  test('a company\'s name and logo above the planner and on paper; "powered by" off', async () => {
    const { page, problems } = await openPage(browser, { path: 'embed.html?lang=de&company=Muster%20Maschinenbau%20GmbH&logo=favicon.svg&powered-by=off' });
    const brand = page.locator('#brand');
    assert.equal(plain(await brand.innerText()), 'Muster Maschinenbau GmbH');
    assert.ok((await page.locator('#brand-logo').getAttribute('src')).endsWith('/favicon.svg'));
    assert.equal(await page.locator('#brand-logo').isVisible(), true);
    assert.equal(await page.locator('#powered').isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await brand.isVisible(), true, 'the brand prints');
    const file = join(tmpdir(), `brand-${process.pid}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    assert.match(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), /^Muster Maschinenbau GmbH/m);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('without settings: no brand row, "powered by" below the planner', async () => {
    const { page } = await openPage(browser, { path: 'embed.html?lang=de' });
    assert.equal(await page.locator('#brand').isVisible(), false);
    assert.equal(plain(await page.locator('#powered').innerText()), 'Erstellt mit Funnel Planner');
    await page.close();
  });

  test('a logo from elsewhere in a crafted link is refused; a name stays text', async () => {
    const { page } = await openPage(browser, { path: 'embed.html?lang=en&logo=https%3A%2F%2Fevil.example%2Fpixel.png&company=%3Cimg%20src%3Dx%3E' });
    assert.equal(await page.locator('#brand-logo').count(), 0, 'no image at all');
    assert.equal(await page.locator('#brand-name').innerText(), '<img src=x>');
    assert.equal(plain(await page.locator('#powered').innerText()), 'Powered by Funnel Planner');
    await page.close();
  });
});
