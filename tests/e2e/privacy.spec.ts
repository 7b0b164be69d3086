/**
 * Privacy in real Chromium (issue 8 §5, §6): across a whole session the extension makes no
 * network request at all; commenter names are stored hashed when the setting is on, and the
 * analysis still sees the circle; retention is applied when the worker starts, without alarms.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';
import { DEMO_PAGES, podCompany, webshopCompany, healthyCompany } from '../fixtures/synthetic/demo-pages';
import { expect, popupUrl, scrollLikeAPerson, serviceWorkerOf, test } from './harness';

const pod = DEMO_PAGES.find((p) => p.company === podCompany)!;
const webshop = DEMO_PAGES.find((p) => p.company === webshopCompany)!;
const healthy = DEMO_PAGES.find((p) => p.company === healthyCompany)!;
const POD_KEY = `linkedin:company/${podCompany.slug}`;

// Playwright reports (and routes) the service worker's own requests only with this switch; it is
// read when the browser starts, so it is set around this file's tests only.
const SW_EVENTS = 'PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS';
test.beforeAll(() => {
  process.env[SW_EVENTS] = '1';
});
test.afterAll(() => {
  delete process.env[SW_EVENTS];
});

/** Extension pages read IndexedDB directly; reading never wakes the worker. */
async function readStore(page: Page, store: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('echt');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          if (!idb.objectStoreNames.contains(name)) {
            idb.close();
            resolve([]);
            return;
          }
          const req = idb.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            idb.close();
            resolve(req.result as Array<Record<string, unknown>>);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?url=${encodeURIComponent('https://www.linkedin.com/jobs/')}`);
  return page;
}

async function setSettings(context: BrowserContext, settings: Record<string, unknown>): Promise<void> {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({ settings: value }), settings);
}

test('a whole session — pages, scrolling, navigation, popup, dashboard, worker restarts — makes no network request', async ({ context, extensionId, web }) => {
  const requests: string[] = [];
  const record = (r: Request) => requests.push(`${r.serviceWorker() ? 'worker' : (r.frame()?.url() ?? '?')} → ${r.url()}`);
  context.on('request', record);
  for (const demo of [pod, webshop, healthy]) {
    web.serve(demo.url, demo.html);
    // the served pages hold no external resource, so any request to the web is the extension's
    expect(demo.html).not.toMatch(/\s(src|href)="https?:\/\/(?!www\.linkedin\.com\/)/);
  }

  const tab = await context.newPage();
  for (const demo of [pod, webshop]) {
    await tab.goto(demo.url);
    await scrollLikeAPerson(tab);
    await tab.waitForTimeout(1500); // let the collector flush before leaving (K11, lifecycle.spec.ts)
  }
  // single-page navigation, like LinkedIn's own
  await tab.evaluate((url) => history.pushState({}, '', url), healthy.url);
  await tab.goto(healthy.url);
  await scrollLikeAPerson(tab);

  const popup = await context.newPage();
  for (const demo of [pod, webshop, healthy]) {
    await popup.goto(popupUrl(extensionId, demo.url));
    await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(demo.company.posts.length), { timeout: 15_000 });
  }
  const dashboard = await context.newPage();
  for (const hash of ['#/pages', `#/page/${encodeURIComponent(POD_KEY)}`, '#/compare', '#/settings', '#/data']) {
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
    await dashboard.waitForLoadState('load');
    await dashboard.waitForTimeout(400);
  }
  // the worker is stopped and woken again by the next batch
  const cdp = await context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await tab.bringToFront();
  await tab.reload();
  await scrollLikeAPerson(tab);
  await tab.waitForTimeout(1500);

  const ours = `chrome-extension://${extensionId}/`;
  const served = new Set([pod.url, webshop.url, healthy.url]);
  const outside = requests.filter((line) => {
    const url = line.split(' → ')[1]!;
    if (url.startsWith(ours) || url.startsWith('data:')) return false;
    // the tab's own document loads (FakeWeb serves them) are the page's, not ours
    return !(served.has(url) && !line.startsWith('worker') && !line.startsWith(ours));
  });
  expect(requests.some((line) => line.endsWith(`→ ${pod.url}`))).toBe(true); // the monitor saw the pages
  expect(outside).toEqual([]);
  expect(web.refused.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
  expect(requests.some((line) => line.startsWith('worker'))).toBe(false);
});

test('guard: the monitor sees and refuses a request made by the service worker', async ({ context, web }) => {
  const seen: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) seen.push(r.url());
  });
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(() => fetch('https://example.com/canary').then(() => 'sent', () => 'refused'));
  await expect.poll(() => seen).toEqual(['https://example.com/canary']);
  expect(web.refused).toContain('https://example.com/canary');
});

test('commenter names are stored hashed when the setting is on, and the circle is still found', async ({ context, extensionId, web }) => {
  await setSettings(context, { retentionDays: 365, hashCommenterNames: true });
  web.serve(pod.url, pod.html);
  const tab = await context.newPage();
  await tab.goto(pod.url);
  await scrollLikeAPerson(tab);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, pod.url));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(podCompany.posts.length), { timeout: 15_000 });
  // the analysis works on hashes as it does on names
  await expect(popup.locator('[data-rule-id="same-circle"]')).toHaveAttribute('data-status', /warn|fail/);
  await expect(popup.locator('[data-rule-id="generic-comments"]')).toHaveAttribute('data-status', /warn|fail/);

  const comments = await readStore(popup, 'comments');
  expect(comments.length).toBeGreaterThan(0);
  const everything = JSON.stringify(comments);
  for (const c of podCompany.posts.flatMap((p) => p.commentThread ?? [])) {
    expect(everything).not.toContain(c.author);
    expect(everything).not.toContain(c.profile);
    expect(everything).not.toContain(c.headline);
  }
  for (const c of comments) {
    if (c.byPageAuthor) continue;
    expect(c.authorName).toMatch(/^h:[0-9a-f]{32}$/);
    expect(c.authorUrl === null || /^h:[0-9a-f]{32}$/.test(String(c.authorUrl))).toBe(true);
  }
  // and the comment text itself is kept (the analysis reads it)
  expect(everything).toContain('Great post!');
});

test('commenter names are stored in clear by default', async ({ context, extensionId, web }) => {
  web.serve(pod.url, pod.html);
  const tab = await context.newPage();
  await tab.goto(pod.url);
  await scrollLikeAPerson(tab);
  const reader = await extensionPage(context, extensionId);
  await expect.poll(async () => (await readStore(reader, 'comments')).length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect(JSON.stringify(await readStore(reader, 'comments'))).toContain(podCompany.posts[0]!.commentThread![0]!.author);
});

test('retention is applied when the worker starts: old rows go, current ones stay (no alarms permission)', async ({ context, extensionId, web }) => {
  web.serve(webshop.url, webshop.html);
  const tab = await context.newPage();
  await tab.goto(webshop.url);
  const reader = await extensionPage(context, extensionId);
  await expect.poll(async () => (await readStore(reader, 'posts')).length, { timeout: 15_000 }).toBe(4);

  // A page last seen 400 days ago, as an older install would hold it; housekeeping is due.
  const DAY = 86_400_000;
  await reader.evaluate(
    ({ old }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('echt');
        open.onsuccess = () => {
          const tx = open.result.transaction(['pages', 'posts', 'snapshots', 'comments', 'meta'], 'readwrite');
          const health = { cardsSeen: 1, fullyParsed: 1, partlyParsed: 0, skipped: 0, missingFields: {}, markup: {} };
          tx.objectStore('pages').put({ key: 'linkedin:company/long-gone', platform: 'linkedin', url: 'https://www.linkedin.com/company/long-gone/', kind: 'brand', name: 'Long Gone', followers: null, employeeBand: null, industry: null, relation: 'unmarked', firstSeenAt: old, lastSeenAt: old, health });
          tx.objectStore('posts').put({ uid: 'linkedin:company/long-gone|li:1', pageKey: 'linkedin:company/long-gone', id: 'li:1', publishedAt: old, publishedAtApprox: false, authorName: null, text: 'old', hashtags: [], links: [], mediaKind: 'none', isReshare: false, firstSeenAt: old, lastSeenAt: old, lastCounts: { reactions: 1, comments: 0, reposts: 0, impressions: null } });
          tx.objectStore('snapshots').put({ reactions: 1, comments: 0, reposts: 0, impressions: null, seenAt: old, postUid: 'linkedin:company/long-gone|li:1', pageKey: 'linkedin:company/long-gone' });
          tx.objectStore('comments').put({ uid: 'linkedin:company/long-gone|li:1|c1', pageKey: 'linkedin:company/long-gone', postUid: 'linkedin:company/long-gone|li:1', id: 'c1', postId: 'li:1', authorName: 'Someone', authorUrl: null, authorHeadline: null, text: 'hi', reactions: null, isReply: false, byPageAuthor: false, publishedAt: old, seenAt: old });
          tx.objectStore('meta').delete('last-prune-at');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { old: Date.now() - 400 * DAY },
  );
  expect((await readStore(reader, 'pages')).map((p) => p.key)).toContain('linkedin:company/long-gone');

  // Stop the worker; the next batch starts it, and starting applies retention.
  const cdp = await context.newCDPSession(reader);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await tab.bringToFront();
  await scrollLikeAPerson(tab);
  await expect.poll(async () => (await readStore(reader, 'pages')).map((p) => p.key), { timeout: 15_000 }).toEqual([`linkedin:company/${webshopCompany.slug}`]);
  for (const store of ['posts', 'snapshots', 'comments']) {
    expect((await readStore(reader, store)).filter((r) => r.pageKey === 'linkedin:company/long-gone'), store).toEqual([]);
  }
  expect((await readStore(reader, 'posts')).length).toBe(webshopCompany.posts.length);
});
