/**
 * Headless Chromium for the benchmarks: one persistent profile per variant (no extension, the
 * reference extension, Echt), so runs can alternate between variants without paying a launch each.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, FakeWeb } from '../../../tests/e2e/browser.ts';

export interface Browser {
  name: string;
  context: BrowserContext;
  web: FakeWeb;
  /** Closes the browser and deletes its profile, after copying it to `saveTo` when given. */
  close: (saveTo?: string) => Promise<void>;
}

export interface LaunchOptions {
  extraArgs?: string[];
  /** Starts from a copy of this saved profile instead of an empty one. */
  profileFrom?: string;
}

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A fresh profile with `extensionDir` loaded (or none), serving `pages` at their real URLs. */
export async function launch(name: string, extensionDir: string | null, pages: Map<string, string>, options: LaunchOptions = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), `echt-bench-${name}-`));
  if (options.profileFrom) cpSync(options.profileFrom, userDataDir, { recursive: true });
  const extraArgs = options.extraArgs ?? [];
  const extensionFlags = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...FLAGS, ...extensionFlags, ...extraArgs],
  });
  const web = new FakeWeb();
  for (const [url, html] of pages) web.serve(url, html);
  await web.install(context);
  return {
    name,
    context,
    web,
    close: async (saveTo?: string) => {
      await context.close().catch(() => {});
      if (saveTo) {
        if (existsSync(saveTo)) rmSync(saveTo, { recursive: true, force: true });
        cpSync(userDataDir, saveTo, { recursive: true });
      }
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/** Main-thread script time of the page's renderer (thread ticks: CPU, not wall clock), in ms. */
export class ScriptClock {
  private readonly cdp: CDPSession;

  private constructor(cdp: CDPSession) {
    this.cdp = cdp;
  }

  static async attach(page: Page): Promise<ScriptClock> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    return new ScriptClock(cdp);
  }

  async metrics(): Promise<Record<string, number>> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  }

  async scriptMs(): Promise<number> {
    return ((await this.metrics()).ScriptDuration ?? Number.NaN) * 1000;
  }

  /** Script time and the style and layout work of the same thread (script that reads computed
   *  styles or geometry forces it; ScriptDuration alone would not show that cost). */
  async mainThreadMs(): Promise<{ script: number; styleLayout: number }> {
    const m = await this.metrics();
    return { script: (m.ScriptDuration ?? Number.NaN) * 1000, styleLayout: ((m.RecalcStyleDuration ?? Number.NaN) + (m.LayoutDuration ?? Number.NaN)) * 1000 };
  }

  /** JS heap of the page's isolate (page and content scripts share it) after a full GC, in bytes. */
  async heapAfterGc(): Promise<number> {
    await this.cdp.send('HeapProfiler.enable');
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const usage = await this.cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}
