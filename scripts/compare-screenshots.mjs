// Compares two folders of screenshots pixel by pixel, in Chromium (no image
// library needed): for each PNG in both, the sizes and the box around the
// pixels that differ. For a change that should leave the page as it was:
//   scripts/screenshots && cp -r build/screenshots /tmp/before
//   ... change, scripts/build ...
//   scripts/screenshots && node scripts/compare-screenshots.mjs /tmp/before build/screenshots
// Exits 1 when any image differs.
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: node scripts/compare-screenshots.mjs BEFORE_DIR AFTER_DIR');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage();
let differ = 0;
for (const file of readdirSync(before).filter((name) => name.endsWith('.png')).sort()) {
  const [one, two] = [before, after].map((dir) => readFileSync(`${dir}/${file}`).toString('base64'));
  const result = await page.evaluate(async (images) => {
    const pixels = async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      canvas.getContext('2d').drawImage(image, 0, 0);
      return { width: image.width, height: image.height, data: canvas.getContext('2d').getImageData(0, 0, image.width, image.height).data };
    };
    const [a, b] = await Promise.all(images.map(pixels));
    let count = 0;
    const box = [Infinity, Infinity, -1, -1];
    for (let y = 0; y < Math.min(a.height, b.height); y += 1) {
      for (let x = 0; x < Math.min(a.width, b.width); x += 1) {
        const p = (y * a.width + x) * 4;
        const q = (y * b.width + x) * 4;
        if (a.data[p] === b.data[q] && a.data[p + 1] === b.data[q + 1] && a.data[p + 2] === b.data[q + 2]) continue;
        count += 1;
        box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
      }
    }
    const sameSize = a.width === b.width && a.height === b.height;
    return { sameSize, size: `${a.width}x${a.height} -> ${b.width}x${b.height}`, count, box };
  }, [one, two]);
  const same = result.sameSize && result.count === 0;
  if (!same) differ += 1;
  console.log(`${same ? 'same' : 'DIFFERS'}  ${file}  ${result.size}${result.count ? `  ${result.count} px in [${result.box}]` : ''}`);
}
await browser.close();
process.exitCode = differ ? 1 : 0;
