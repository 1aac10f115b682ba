/**
 * Offline cold start: new pages of a context that is offline, each served by the service worker, timed to
 * a usable scanner. Two clocks per start:
 * - from the bench's side, `goto` (to the load event) until Playwright finds the ticket field: what
 *   `bench:sync` printed alone before, including Playwright's own round trips to the page;
 * - in the page, from navigation start to the moment the ticket field's form is in the document (a
 *   MutationObserver set before any script of the app runs).
 * One start is noisy on a shared 2-core machine, so it runs several and prints the medians.
 */
import type { BrowserContext } from '@playwright/test';

export interface ColdStarts {
  outsideMs: number[];
  inPageMs: number[];
}

const MARK = 'bench:scanner-shown';

export async function measureColdStarts(
  context: BrowserContext,
  url: string,
  runs: number,
): Promise<ColdStarts> {
  await context.addInitScript((mark) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('form.typed-code')) return;
      performance.mark(mark);
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, MARK);
  const result: ColdStarts = { outsideMs: [], inPageMs: [] };
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(url);
    await page.getByLabel('Ticket code').waitFor();
    result.outsideMs.push(performance.now() - started);
    result.inPageMs.push(
      await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, MARK),
    );
    await page.close();
  }
  return result;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
