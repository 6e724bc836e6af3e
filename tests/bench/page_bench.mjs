// Measures, in headless Chromium, how long one keystroke blocks the page:
// the time the input event's synchronous work takes (parse, plan, render),
// with the 95 % confidence plan selected.   -> JSON on stdout
import { openBrowser, openPage } from '../browser/harness.mjs';

const keystrokes = process.argv.includes('--quick') ? 20 : 200;
const browser = await openBrowser();
try {
  const { page } = await openPage(browser);
  await page.locator('.segments label', { hasText: '95 %' }).click();
  const durations = await page.evaluate((count) => {
    const input = document.querySelector('funnel-planner').shadowRoot.getElementById('goal');
    const times = [];
    for (let i = 0; i < count; i += 1) {
      input.value = String(40 + (i % 60));
      const start = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      times.push(performance.now() - start);
    }
    return times;
  }, keystrokes);
  durations.sort((a, b) => a - b);
  const at = (q) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))];
  console.log(JSON.stringify({ keystrokes, medianMs: at(0.5), p95Ms: at(0.95), maxMs: durations.at(-1) }));
} finally {
  await browser.close();
}
