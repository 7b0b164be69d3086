/**
 * Storage growth (issue 7 §5): runs scripts/bench/storage-page.ts in an extension page of a bench
 * browser, on the browser's real IndexedDB in the extension origin.
 */
import { bundleCode } from './lib/bundle.ts';
import { extensionIdOf, launch } from './lib/chromium.ts';
import type { StorageFigures } from './storage-page.ts';

export type { StorageFigures } from './storage-page.ts';

export async function benchStorage(extensionDir: string, log: (line: string) => void): Promise<StorageFigures> {
  const code = await bundleCode('scripts/bench/storage-page.ts', { format: 'iife' });
  const browser = await launch('storage', extensionDir, new Map());
  try {
    const extensionId = await extensionIdOf(browser.context);
    const page = await browser.context.newPage();
    // Any page of the extension origin will do; this one shows "unsupported page" and idles.
    await page.goto(`chrome-extension://${extensionId}/popup.html?url=${encodeURIComponent('https://www.linkedin.com/jobs/')}`);
    const cdp = await browser.context.newCDPSession(page);
    const evaluate = async (expression: string): Promise<unknown> => {
      const result = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (result.exceptionDetails) throw new Error(`storage benchmark failed: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
      return result.result.value;
    };
    await evaluate(code);
    const { figures, log: lines } = (await evaluate('__echtStorage.run()')) as { figures: StorageFigures; log: string[] };
    log(
      `  per new post ${figures.perNewPost.toFixed(0)} B, per changed snapshot ${figures.perChangedSnapshot.toFixed(0)} B, ` +
        `per unchanged re-observation ${figures.perUnchangedReobservation.toFixed(1)} B (${figures.rowsAddedByUnchanged} rows), per comment ${figures.perComment.toFixed(0)} B`,
    );
    for (const line of lines) log(line);
    return figures;
  } finally {
    await browser.close();
  }
}
