/** The popup: the report card at 400 px, "show me" on the page, the link to the full report, axe. */
import { expect, popupUrl, test } from './harness';
import { expectAccessible, readPages, webshop, webshopKey } from './experience-helpers';

test('the popup is a report card: grade, verdict, basis, problems first, each with a next step', async ({ context, extensionId, web }) => {
  await readPages(context, web, extensionId, [webshop]);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 800 });
  await popup.goto(popupUrl(extensionId, webshop.url));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(webshop.company.posts.length));
  await expect(popup.getByTestId('health-grade')).toHaveText(/^[A-E]$/);
  await expect(popup.getByTestId('verdict')).not.toBeEmpty();
  await expect(popup.getByTestId('basis')).toContainText('rates per follower');

  const statuses = await popup.locator('[data-rule-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-status')));
  expect(statuses).toHaveLength(12);
  expect(statuses[0]).toBe('fail');
  const sales = popup.locator('[data-rule-id="sales-only-timeline"]');
  await expect(sales).toHaveAttribute('data-status', 'fail');
  await expect(sales).toContainText('Try this:');
  await expect(sales).toContainText('Evidence:');

  // Readable at 400 px: nothing sticks out sideways.
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await expectAccessible(popup, 'popup');
});

test('"show me" scrolls the page to the flagged posts and outlines them', async ({ context, extensionId, web }) => {
  const tab = await readPages(context, web, extensionId, [webshop]);
  // A fresh load shows the first four posts (the feed adds more on scrolling); a short window
  // means the first flagged post sits below the fold.
  await tab.setViewportSize({ width: 1000, height: 400 });
  await tab.goto(webshop.url);
  await expect(tab.locator('[data-urn]')).toHaveCount(4);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, webshop.url));
  const sales = popup.locator('[data-rule-id="sales-only-timeline"]');
  await sales.getByRole('button', { name: 'Show me on the page' }).click();
  await expect(sales.getByRole('status')).toHaveText('Highlighted 4; 4 more are not loaded on the page right now. Scroll the page to load them.');

  // The outline lives outside <body> in Echt's own shadow root; the page was scrolled to a post.
  await expect.poll(() => tab.evaluate(() => document.documentElement.querySelector(':scope > echt-overlay') !== null)).toBe(true);
  expect(await tab.evaluate(() => document.body.querySelector('echt-overlay'))).toBeNull();
  await expect.poll(() => tab.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const firstCardInView = await tab.evaluate(() => {
    const box = document.querySelector('[data-urn]')?.getBoundingClientRect();
    return !!box && box.top < innerHeight && box.bottom > 0;
  });
  expect(firstCardInView).toBe(true);
});

test('"show me" without the page open says how to get there', async ({ context, extensionId, web }) => {
  const tab = await readPages(context, web, extensionId, [webshop]);
  await tab.close();
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, webshop.url));
  const sales = popup.locator('[data-rule-id="sales-only-timeline"]');
  await sales.getByRole('button', { name: 'Show me on the page' }).click();
  await expect(sales.getByRole('status')).toHaveText('Open this page on the site in a tab, then try again.');
});

test('the popup links to the page’s full report in the dashboard', async ({ context, extensionId, web }) => {
  await readPages(context, web, extensionId, [webshop]);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, webshop.url));
  const [dashboard] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('open-dashboard').click()]);
  await dashboard.waitForLoadState();
  expect(decodeURIComponent(dashboard.url())).toContain(`dashboard.html#/page/${webshopKey}`);
  await expect(dashboard.locator('[data-rule-id="sales-only-timeline"]')).toHaveAttribute('data-status', 'fail');
  await expect(dashboard.getByTestId('history')).toBeVisible();
});

test('the popup works from the keyboard alone', async ({ context, extensionId, web }) => {
  await readPages(context, web, extensionId, [webshop]);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, webshop.url));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(webshop.company.posts.length));
  const focused = () => popup.evaluate(() => document.activeElement?.textContent ?? '');

  // The first stop is the first problem's "show me"; Enter presses it.
  await popup.keyboard.press('Tab');
  expect(await focused()).toBe('Show me on the page');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status').filter({ hasText: 'Highlighted' })).toHaveCount(1);

  // Further on, the folded groups open with Enter, and the footer links are reachable.
  let stops = 0;
  while (!(await focused()).startsWith('Passed') && stops++ < 20) await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await expect(popup.locator('details').first()).toHaveAttribute('open', '');
  while ((await focused()) !== 'Full report, history and comparison' && stops++ < 40) await popup.keyboard.press('Tab');
  expect(await focused()).toBe('Full report, history and comparison');
});
