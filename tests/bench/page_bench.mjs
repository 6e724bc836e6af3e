// Measures, in headless Chromium, how long one keystroke blocks the page:
// the time the input event's synchronous work takes (parse, plan, render).
// Small goals with the 95 % plan, and goals around a million with the point
// plan and with 95 %; then, on a funnel of 8 stages each converting 1 of 5
// (the slow corner, up to 90x the point plan at 95 %), small goals
// with the 95 % plan.   -> JSON on stdout
import { openBrowser, openPage } from '../browser/harness.mjs';

const keystrokes = process.argv.includes('--quick') ? 20 : 200;
const browser = await openBrowser();
try {
  const { page } = await openPage(browser);
  const measure = async (level, base) => {
    await page.locator('.segments label', { hasText: level }).click();
    const durations = await page.evaluate(([count, first]) => {
      const input = document.querySelector('funnel-planner').shadowRoot.getElementById('plan-goal');
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
  const small95 = await measure('95 %', 40);
  const millionPoint = await measure('Durchschnitt', 1000000);
  const million95 = await measure('95 %', 1000000);
  // Five stages on top of the three of the worked example, every conversion 1 of 5.
  for (let i = 0; i < 5; i += 1) await page.locator('#add-top').click();
  for (let i = 0; i < 7; i += 1) {
    await page.locator(`#c${i}-fromCount`).fill('5');
    await page.locator(`#c${i}-toCount`).fill('1');
  }
  const eightStages95 = await measure('95 %', 40);
  console.log(JSON.stringify({ small95, millionPoint, million95, eightStages95 }));
} finally {
  await browser.close();
}
