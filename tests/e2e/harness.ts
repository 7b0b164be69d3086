/** Playwright Test fixtures: a fresh Chromium profile with the extension, per test. */
import { test as base, type BrowserContext } from '@playwright/test';
import { rmSync } from 'node:fs';
import { FakeWeb, launchWithExtension, serviceWorkerOf } from './browser';

export { FakeWeb, popupUrl, scrollLikeAPerson, serviceWorkerOf } from './browser';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  web: FakeWeb;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take a destructured first argument
  context: async ({}, use) => {
    const { context, userDataDir } = await launchWithExtension();
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorkerOf(context);
    await use(new URL(worker.url()).host);
  },
  web: async ({ context }, use) => {
    const web = new FakeWeb();
    await web.install(context);
    await use(web);
  },
});

export { expect } from '@playwright/test';
