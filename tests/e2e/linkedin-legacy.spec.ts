import { DEMO_PAGES, healthyCompany, podCompany, webshopCompany } from '../fixtures/synthetic/demo-pages';
import { expect, popupUrl, scrollLikeAPerson, serviceWorkerOf, test } from './harness';

const webshop = DEMO_PAGES.find((p) => p.company === webshopCompany)!;
const healthy = DEMO_PAGES.find((p) => p.company === healthyCompany)!;

test('scrolling a legacy LinkedIn company page fills the popup report', async ({ context, extensionId, web }) => {
  web.serve(webshop.url, webshop.html);
  const page = await context.newPage();
  await page.goto(webshop.url);
  // The page reveals posts only as the reader scrolls and drops old ones (virtualised feed).
  await expect(page.locator('[data-urn^="urn:li:activity:"]')).toHaveCount(4);
  await scrollLikeAPerson(page);

  const popup = await context.newPage();
  // An equivalent URL of the same page: the report is the same page's.
  await popup.goto(popupUrl(extensionId, `https://www.linkedin.com/company/${webshopCompany.slug}/`));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(webshopCompany.posts.length), { timeout: 15_000 });
  await expect(popup.locator('[data-rule-id="sales-only-timeline"]')).toHaveAttribute('data-status', 'fail');
  await expect(popup.locator('[data-rule-id="hashtag-overuse"]')).toHaveAttribute('data-status', /warn|fail/);
  await expect(popup.locator('[data-rule-id]')).toHaveCount(12);
  const score = Number(await popup.getByTestId('health-score').textContent());
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThan(70);
});

test('the popup updates live while the user scrolls', async ({ context, extensionId, web }) => {
  web.serve(webshop.url, webshop.html);
  const page = await context.newPage();
  await page.goto(webshop.url);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, webshop.url));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText('4', { timeout: 15_000 });
  await page.bringToFront();
  await scrollLikeAPerson(page);
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(webshopCompany.posts.length), { timeout: 15_000 });
});

test('a healthy page scores better than the webshop page', async ({ context, extensionId, web }) => {
  web.serve(healthy.url, healthy.html);
  const page = await context.newPage();
  await page.goto(healthy.url);
  await scrollLikeAPerson(page);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, healthy.url));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(healthyCompany.posts.length), { timeout: 15_000 });
  await expect(popup.locator('[data-rule-id="sales-only-timeline"]')).toHaveAttribute('data-status', 'pass');
  await expect(popup.locator('[data-rule-id="hashtag-overuse"]')).toHaveAttribute('data-status', 'pass');
  await expect(popup.locator('[data-status="fail"]')).toHaveCount(0);
});

test('pages Echt does not read say so instead of showing a score', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, 'https://www.linkedin.com/jobs/view/123/'));
  await expect(popup.getByTestId('unsupported-page')).toBeVisible();
  await popup.goto(popupUrl(extensionId, 'https://www.linkedin.com/company/never-visited/'));
  await expect(popup.getByTestId('empty-page')).toBeVisible();
  await expect(popup.getByTestId('health-score')).toHaveCount(0);
});

test('the extension makes no network requests of its own', async ({ context, extensionId, web }) => {
  web.serve(webshop.url, webshop.html);
  const page = await context.newPage();
  await page.goto(webshop.url);
  await scrollLikeAPerson(page);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, webshop.url));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(webshopCompany.posts.length), { timeout: 15_000 });
  // The service worker's own fetches do not pass through page routes: check it made none.
  const worker = await serviceWorkerOf(context);
  const workerRequests = await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(workerRequests).toEqual([]);
  // The popup loads only its own packaged files.
  const popupRequests = await popup.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(popupRequests.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
  // And nothing left the browser: the served page has no external resources, so every refused
  // request would have come from the extension.
  expect(web.refused.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
});

test('a page propped up by an engagement group is flagged, with the circle as evidence', async ({ context, extensionId, web }) => {
  const pod = DEMO_PAGES.find((p) => p.company === podCompany)!;
  web.serve(pod.url, pod.html);
  const page = await context.newPage();
  await page.goto(pod.url);
  await scrollLikeAPerson(page);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, pod.url));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(podCompany.posts.length), { timeout: 15_000 });
  await expect(popup.locator('[data-rule-id="same-circle"]')).toHaveAttribute('data-status', /warn|fail/);
  await expect(popup.locator('[data-rule-id="generic-comments"]')).toHaveAttribute('data-status', /warn|fail/);
  await expect(popup.locator('[data-rule-id="hollow-engagement"]')).toHaveAttribute('data-status', /warn|fail/);
});
