/**
 * Real Chromium with the built extension loaded, and no network: every page is served at its
 * real URL through request interception, and every other request is refused and recorded, so a
 * test can prove the extension fetched nothing. Shared by the e2e tests, the demo and the
 * benchmarks, so it runs under plain Node (type stripping) and imports no Playwright Test.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian\'s chromium or set CHROMIUM_PATH');
  return found;
}

/** developerMode: the profile starts with chrome://extensions' developer mode on, without which
 *  a command-line extension does not survive chrome.runtime.reload() (see lifecycle.spec.ts). */
export async function launchWithExtension(options: { headless?: boolean; developerMode?: boolean } = {}): Promise<{ context: BrowserContext; userDataDir: string }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build first: npm run build');
  const userDataDir = mkdtempSync(join(tmpdir(), 'echt-e2e-'));
  if (options.developerMode) {
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  return { context, userDataDir };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Pages served at real URLs; everything else is refused and written down. */
export class FakeWeb {
  readonly pages = new Map<string, string>();
  readonly refused: string[] = [];

  serve(url: string, html: string): void {
    this.pages.set(url, html);
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      // The extension's own packaged files are local, not network.
      if (url.startsWith('chrome-extension://')) {
        await route.continue();
        return;
      }
      const html = this.pages.get(url) ?? this.pages.get(url.split('#')[0] ?? url);
      if (html !== undefined && route.request().resourceType() === 'document') {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        return;
      }
      this.refused.push(url);
      await route.abort('blockedbyclient');
    });
  }
}

/** Scrolls like a person: a wheel step at a time, pausing so the content script can keep up. */
export async function scrollLikeAPerson(page: Page, steps = 40, pauseMs = 60): Promise<void> {
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(pauseMs);
    const atEnd = await page.evaluate(() => window.innerHeight + window.scrollY >= document.body.scrollHeight - 2);
    if (atEnd) break;
  }
}

export function popupUrl(extensionId: string, pageUrl: string): string {
  return `chrome-extension://${extensionId}/popup.html?url=${encodeURIComponent(pageUrl)}`;
}

