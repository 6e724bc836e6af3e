// The import in headless Chromium (issue 16, item 5): a 100,000-row
// HubSpot-style export (24 MB) chosen in the import view, read in the worker
// and shown. Measures the time from choosing the file to the report on screen,
// the longest task on the main thread meanwhile (a long task is one over
// 50 ms; the page must answer while it reads), and the page's JavaScript heap
// before, at the report and after the worker has gone.   -> JSON on stdout
import { hubspotExport } from './export_file.mjs';
import { openBrowser, openPage } from '../browser/harness.mjs';

const rows = process.argv.includes('--quick') ? 10000 : 100000;
const runs = process.argv.includes('--quick') ? 1 : 3;
const file = Buffer.from(hubspotExport(rows));
const browser = await openBrowser();
try {
  const { page } = await openPage(browser, { path: '', ready: '#tab-import' });
  // The file comes into the page as a person's would (a File in a drop), not through the test
  // driver's upload, which decodes 24 MB of base64 on the page's main thread.
  await page.route('**/bench-export.csv', (route) => route.fulfill({ body: file, contentType: 'text/csv' }));
  await page.evaluate(async () => {
    window.benchBlob = await (await fetch('bench-export.csv')).blob();
  });
  const session = await page.context().newCDPSession(page);
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.locator('#tab-import').click();
  await page.locator('#import-drop').waitFor();
  await page.evaluate(() => {
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const heapBefore = await heap();
  const times = [];
  let heapAtReport = 0;
  for (let run = 0; run < runs; run += 1) {
    await page.evaluate(() => { window.longestTask = 0; });
    const dataTransfer = await page.evaluateHandle((name) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([window.benchBlob], name, { type: 'text/csv' }));
      return transfer;
    }, `export-${run}.csv`);
    const start = Date.now();
    await page.locator('#import-drop').dispatchEvent('drop', { dataTransfer });
    await page.locator('#import-overview').filter({ hasText: `export-${run}.csv` }).waitFor({ timeout: 60000 });
    times.push(Date.now() - start);
    heapAtReport = await heap();
  }
  const longestTaskMs = await page.evaluate(() => window.longestTask);
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({
    rows, megabytes: file.length / 1e6, medianMs: times[Math.floor(times.length / 2)], longestTaskMs,
    heapBeforeMB: heapBefore / 1e6, heapAtReportMB: heapAtReport / 1e6,
  }));
} finally {
  await browser.close();
}
