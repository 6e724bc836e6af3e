// Measures, in headless Chromium, how long one keystroke blocks the page:
// the time the input event's synchronous work takes (parse, plan, render).
// Small goals with the 95 % plan, and goals around a million with the point
// plan and with 95 %.   -> JSON on stdout
import { openBrowser, openPage } from '../browser/harness.mjs';

const keystrokes = process.argv.includes('--quick') ? 20 : 200;
const browser = await openBrowser();
try {
  const { page } = await openPage(browser);
  const measure = async (level, base) => {
    await page.locator('.segments label', { hasText: level }).click();
    const durations = await page.evaluate(([count, first]) => {
      const input = document.querySelector('funnel-planner').shadowRoot.getElementById('goal');
      const times = [];
      for (let i = 0; i < count; i += 1) {
        input.value = String(first + (i % 60));
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - start);
      }
      return times;
    }, [keystrokes, base]);
    durations.sort((a, b) => a - b);
    const at = (q) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))];
    return { keystrokes, medianMs: at(0.5), p95Ms: at(0.95), maxMs: durations.at(-1) };
  };
  console.log(JSON.stringify({
    small95: await measure('95 %', 40),
    millionPoint: await measure('Punktplan', 1000000),
    million95: await measure('95 %', 1000000),
  }));
} finally {
  await browser.close();
}
