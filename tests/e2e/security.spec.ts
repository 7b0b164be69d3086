/**
 * Security of the built extension (issue 8 §5, §4): least privilege and a strict CSP in the built
 * manifests, no eval and no remote code in any bundle, post and comment text rendered as inert text
 * in every extension page, and no way in for web pages or strangers.
 *
 * The static checks read .output/ (npm test builds both browsers before the e2e run).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { linkedinLegacyCompanyPage, type SyntheticCompany } from '../fixtures/synthetic/linkedin-legacy';
import { expect, popupUrl, scrollLikeAPerson, serviceWorkerOf, test } from './harness';

const BUILDS = ['chrome-mv3', 'firefox-mv2'].map((name) => resolve('.output', name)).filter((dir) => existsSync(join(dir, 'manifest.json')));
const SITES = ['https://www.linkedin.com/*', 'https://www.facebook.com/*'];

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  content_scripts?: Array<{ matches: string[]; all_frames?: boolean; match_about_blank?: boolean; world?: string }>;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  [key: string]: unknown;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

test.describe('built manifests: least privilege', () => {
  test('both browsers are built', () => {
    expect(BUILDS.map((b) => b.split('/').at(-1))).toContain('chrome-mv3');
  });

  for (const dir of BUILDS) {
    const name = dir.split('/').at(-1)!;
    test(`${name}: permissions are storage and the two sites, nothing else`, () => {
      const m = manifestOf(dir);
      // MV3 lists hosts under host_permissions; MV2 (Firefox) among the permissions
      const all = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
      expect(all.filter((p) => !p.includes('://'))).toEqual(['storage']);
      expect(all.filter((p) => p.includes('://')).sort()).toEqual([...SITES].sort());
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.optional_host_permissions ?? []).toEqual([]);
      const everything = JSON.stringify(m);
      for (const forbidden of ['<all_urls>', '"tabs"', '"activeTab"', '"scripting"', '"webRequest"', '"cookies"', '"history"', '"downloads"', '"alarms"', '*://*/*', 'http://']) {
        expect(everything, forbidden).not.toContain(forbidden);
      }
    });

    test(`${name}: content scripts only on the two sites, top frame, isolated world`, () => {
      const scripts = manifestOf(dir).content_scripts ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        for (const match of script.matches) expect(SITES).toContain(match);
        expect(script.all_frames ?? false).toBe(false);
        expect(script.match_about_blank ?? false).toBe(false);
        expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
      }
    });

    test(`${name}: no door for web pages or other extensions`, () => {
      const m = manifestOf(dir);
      // Without externally_connectable no web page can message us (Chromium); we also never
      // listen on onMessageExternal / onConnectExternal (bundle scan below).
      expect(m.externally_connectable).toBeUndefined();
      expect(m.web_accessible_resources).toBeUndefined();
    });

    test(`${name}: strict content security policy`, () => {
      const csp = manifestOf(dir).content_security_policy;
      const policy = typeof csp === 'string' ? csp : csp?.extension_pages;
      // Firefox MV2 without a key uses its default, "script-src 'self'; object-src 'self';"
      if (policy === undefined) {
        expect(manifestOf(dir).manifest_version).toBe(2);
        return;
      }
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
      expect(policy).toMatch(/object-src 'self'|object-src 'none'/);
    });
  }
});

test.describe('built bundles: no eval, no remote code, no network', () => {
  for (const dir of BUILDS) {
    const name = dir.split('/').at(-1)!;
    test(`${name}: every script`, () => {
      const scripts = filesOf(dir).filter((f) => f.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(2);
      const found: string[] = [];
      const FORBIDDEN: Array<[string, RegExp]> = [
        ['eval', /(^|[^.\w$])eval\s*\(/],
        ['Function constructor', /(^|[^.\w$])(new\s+)?Function\s*\(|=\s*Function\s*[,;)]/],
        ['string timer', /set(Timeout|Interval)\s*\(\s*["'`]/],
        ['document.write', /document\.write(ln)?\s*\(/],
        // (React DOM can create <script> elements for JSX that renders one; we render none, and
        // the CSP would refuse a remote src anyway)
        ['remote script', /importScripts\s*\(|import\s*\(\s*["'`]https?:|\bsrc\s*[:=]\s*["'`]https?:\/\//],
        ['network API', /(^|[^.\w$])fetch\s*\(|XMLHttpRequest|new\s+WebSocket|sendBeacon|new\s+EventSource/],
        ['external messaging', /onMessageExternal|onConnectExternal/],
        ['remote code switch', /chrome\.scripting|executeScript|userScripts/],
      ];
      for (const file of scripts) {
        const code = readFileSync(file, 'utf8');
        for (const [what, pattern] of FORBIDDEN) {
          const match = pattern.exec(code);
          if (match) found.push(`${file.replace(dir, name)}: ${what}: …${code.slice(Math.max(0, match.index - 60), match.index + 60)}…`);
        }
      }
      expect(found).toEqual([]);
    });

    test(`${name}: extension pages load only packaged scripts`, () => {
      for (const page of filesOf(dir).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(page, 'utf8');
        expect(html, page).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
        expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline scripts
        expect(html, page).not.toMatch(/\son[a-z]+\s*=/i); // no inline handlers
      }
    });
  }
});

/** A company whose every string is hostile: name, text, hashtags, commenters, comment text, links. */
const PAYLOAD = '<img src=x onerror="document.documentElement.dataset.pwned=1">';
const hostile: SyntheticCompany = {
  slug: 'evil-corp',
  name: `Evil ${PAYLOAD} Corp`,
  followers: 999,
  employees: '11-50',
  industry: `<script>document.documentElement.dataset.pwned=2</script>`,
  posts: Array.from({ length: 4 }, (_, i) => ({
    activityId: ((BigInt(Date.UTC(2026, 10, 10 + i)) << 22n) + BigInt(i)).toString(),
    text: `Post ${i} ${PAYLOAD} <a href="javascript:document.documentElement.dataset.pwned=3">click</a> </textarea><svg onload="document.documentElement.dataset.pwned=4"> MARKUP${i}`,
    hashtags: [`x"><img src=x onerror=alert(1)>`],
    reactions: 10 + i,
    comments: 2,
    reposts: 1,
    commentThread: [
      { author: `Mallory ${PAYLOAD}`, profile: 'mallory', headline: `<b onmouseover="alert(1)">CEO</b>`, text: `javascript:alert(1) ${PAYLOAD}` },
      { author: 'Trent', profile: 'trent', headline: 'Fine', text: '<iframe src="javascript:alert(1)"></iframe>' },
    ],
  })),
};
const HOSTILE_URL = `https://www.linkedin.com/company/${hostile.slug}/posts/`;
/** Real markup inside the posts, not text: links and images a reader must not carry over. */
const hostileHtml = linkedinLegacyCompanyPage(hostile).replace(/MARKUP(\d)/g, (_, i) =>
  `<a href="javascript:document.documentElement.dataset.pwned=5">see</a> <a href="data:text/html,<script>alert(1)</script>">data</a> <a href="https://example.com/ok-${i}">ok</a>`,
);

/** Everything in an extension page that could run code or navigate to a script URL. */
async function activeContent(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.dataset.pwned) found.push(`pwned=${document.documentElement.dataset.pwned}`);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`<${el.tagName} ${attr.name}>`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`<${el.tagName} ${attr.name}=${attr.value}>`);
      }
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) && !(el as HTMLScriptElement).src?.startsWith(location.origin)) found.push(`<${el.tagName}>`);
      if (el.tagName === 'IMG' && (el as HTMLImageElement).getAttribute('src') === 'x') found.push('<img src=x>');
    }
    return found;
  });
}

test('post, comment and page text stays inert text in the popup and the dashboard', async ({ context, extensionId, web }) => {
  web.serve(HOSTILE_URL, hostileHtml);
  const dialogs: string[] = [];
  const problems: string[] = [];
  context.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const tab = await context.newPage();
  await tab.goto(HOSTILE_URL);
  await scrollLikeAPerson(tab);

  const watch = (page: import('@playwright/test').Page) => {
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  };

  const popup = await context.newPage();
  watch(popup);
  await popup.goto(popupUrl(extensionId, HOSTILE_URL));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText('4', { timeout: 15_000 });
  // the page's hostile name is shown, as text
  await expect(popup.locator('body')).toContainText('Evil <img src=x onerror=');
  expect(await activeContent(popup)).toEqual([]);

  // every dashboard view that shows this page: list, full report with the posts table
  const dashboard = await context.newPage();
  watch(dashboard);
  for (const hash of ['#/pages', `#/page/${encodeURIComponent(`linkedin:company/${hostile.slug}`)}`]) {
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
    await expect(dashboard.locator('body')).toContainText('Evil <img src=x onerror=', { timeout: 15_000 });
    await dashboard.waitForTimeout(500);
    expect(await activeContent(dashboard), hash).toEqual([]);
  }
  // the posts table shows the post text as text, markup and all
  await expect(dashboard.locator('body')).toContainText('Post 0 <img src=x onerror=', { timeout: 15_000 });

  // what reached storage: text as text, only http(s) links
  const worker = await serviceWorkerOf(context);
  const stored = await worker.evaluate(
    () =>
      new Promise<{ links: string[]; texts: string[] }>((resolve, reject) => {
        const open = indexedDB.open('echt');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('posts').objectStore('posts').getAll();
          req.onsuccess = () => {
            const posts = req.result as Array<{ links: string[]; text: string }>;
            resolve({ links: posts.flatMap((p) => p.links), texts: posts.map((p) => p.text) });
            open.result.close();
          };
        };
      }),
  );
  expect(stored.texts.every((t) => t.includes('<img src=x onerror='))).toBe(true);
  expect(stored.links.length).toBeGreaterThan(0);
  for (const link of stored.links) expect(link).toMatch(/^https:\/\/example\.com\/ok-\d$/);

  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
});

test('a web page cannot reach the extension, and its forged messages change nothing', async ({ context, extensionId, web }) => {
  web.serve(HOSTILE_URL, hostileHtml);
  const tab = await context.newPage();
  await tab.goto(HOSTILE_URL);
  await scrollLikeAPerson(tab);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, HOSTILE_URL));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText('4', { timeout: 15_000 });

  // The page's own scripts (main world): no chrome.runtime messaging to us at all.
  const fromPage = await tab.evaluate(async (id) => {
    const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
    const results: string[] = [`sendMessage: ${typeof runtime?.sendMessage}`];
    if (runtime?.sendMessage) {
      try {
        results.push(`answer: ${JSON.stringify(await runtime.sendMessage(id, { type: 'echt:content→bg:observations', batch: {} }))}`);
      } catch (error) {
        results.push(`refused: ${(error as Error).message}`);
      }
    }
    // and postMessage to whatever listens in the page (our content script must not)
    window.postMessage({ type: 'echt:content→bg:observations', batch: { posts: [] } }, '*');
    window.postMessage({ type: 'echt:page→content:show-posts', postIds: ['x'] }, '*');
    return results;
  }, extensionId);
  expect(fromPage[0]).toBe('sendMessage: undefined');

  // Forged observations from an extension page (not a content script) are refused too.
  const answer = await popup.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'echt:content→bg:observations',
      batch: {
        page: { platform: 'linkedin', pageKey: 'linkedin:company/forged', pageUrl: 'https://www.linkedin.com/company/forged/', kind: 'brand', header: null },
        posts: [],
        health: { cardsSeen: 0, fullyParsed: 0, partlyParsed: 0, skipped: 0, missingFields: {}, markup: {} },
        observedAt: Date.now(),
      },
    }),
  );
  expect(answer).toEqual({ ok: false, error: 'sender not allowed' });
  await popup.goto(popupUrl(extensionId, 'https://www.linkedin.com/company/forged/'));
  await expect(popup.getByTestId('empty-page')).toBeVisible({ timeout: 15_000 });
});
