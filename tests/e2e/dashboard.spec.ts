/** The dashboard in real Chromium: mark, compare, history, posts, settings that change the report, badges, axe. */
import { expect, popupUrl, test } from './harness';
import { dashboardUrl, expectAccessible, healthy, healthyKey, pageHash, readPages, webshop, webshopKey } from './experience-helpers';

test('mark own and competitor pages, then compare them side by side', async ({ context, extensionId, web }) => {
  await readPages(context, web, extensionId, [webshop, healthy]);
  const dashboard = await context.newPage();
  await dashboard.goto(dashboardUrl(extensionId));
  await expect(dashboard.getByTestId('pages-table').locator('tbody tr')).toHaveCount(2);
  await expectAccessible(dashboard, 'dashboard pages');

  const relation = (key: string) => dashboard.locator(`[data-page-key="${key}"]`).getByTestId('relation-select');
  await relation(webshopKey).selectOption('mine');
  await relation(healthyKey).selectOption('competitor');
  // The select shows what is stored: once it does, the mark has been written.
  await expect(relation(healthyKey)).toHaveValue('competitor');
  await dashboard.reload();
  await expect(dashboard.locator(`[data-page-key="${webshopKey}"]`).getByTestId('relation-select')).toHaveValue('mine');
  await expect(dashboard.locator(`[data-page-key="${healthyKey}"]`).getByTestId('relation-select')).toHaveValue('competitor');

  await dashboard.getByLabel(`Compare ${webshop.company.name}`).check();
  await dashboard.getByLabel(`Compare ${healthy.company.name}`).check();
  await dashboard.getByTestId('compare-selected').click();
  const comparison = dashboard.getByTestId('comparison');
  await expect(comparison.locator('thead th')).toHaveText([new RegExp(webshop.company.name), new RegExp(healthy.company.name)]);
  await expect(comparison.locator('thead th').first()).toContainText('Mine');
  await expect(dashboard.getByTestId('compare-promo-share').locator('td')).toHaveText(['80%', '0%']);
  await expect(dashboard.getByTestId('compare-followers').locator('td')).toHaveText(['2,140', '860']);
  for (const row of ['compare-score', 'compare-engagement-rate', 'compare-reply-rate', 'compare-hashtags']) {
    await expect(dashboard.getByTestId(row).locator('td')).toHaveCount(2);
  }
  await expectAccessible(dashboard, 'dashboard compare');
});

test('a page’s full report: history charts, spikes, and a posts table that sorts and filters', async ({ context, extensionId, web }) => {
  await readPages(context, web, extensionId, [webshop]);
  const dashboard = await context.newPage();
  await dashboard.goto(dashboardUrl(extensionId, pageHash(webshopKey)));
  await expect(dashboard.locator('[data-rule-id]')).toHaveCount(12);
  const history = dashboard.getByTestId('history');
  await expect(history.locator('canvas')).toHaveCount(2);

  const table = dashboard.getByTestId('posts-table');
  await expect(table.locator('tbody tr')).toHaveCount(webshop.company.posts.length);
  await dashboard.getByTestId('sort-reactions').click();
  const mostReactions = Math.max(...webshop.company.posts.map((p) => p.reactions));
  await expect(table.locator('tbody tr').first().locator('td').nth(2)).toHaveText(String(mostReactions));
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('Reactions');
  await dashboard.getByTestId('sort-reactions').click();
  await expect(table.locator('th[aria-sort="ascending"]')).toContainText('Reactions');

  await dashboard.getByLabel('Show').selectOption('sales-only-timeline');
  await expect(dashboard.getByTestId('posts-count')).toHaveText(`Showing 8 of ${webshop.company.posts.length} posts`);
  await dashboard.getByLabel('Show').selectOption('all');
  await dashboard.getByLabel('Search posts').fill('fondue');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expectAccessible(dashboard, 'dashboard page report');
});

test('changing a threshold changes the report, in the dashboard and the popup', async ({ context, extensionId, web }) => {
  await readPages(context, web, extensionId, [webshop]);
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, webshop.url));
  await expect(popup.locator('[data-rule-id="sales-only-timeline"]')).toHaveAttribute('data-status', 'fail');
  const scoreBefore = Number(await popup.getByTestId('health-score').textContent());

  const dashboard = await context.newPage();
  await dashboard.goto(dashboardUrl(extensionId, '#/settings'));
  await dashboard.locator('[data-rule-settings="sales-only-timeline"] summary').click();
  await expectAccessible(dashboard, 'dashboard settings');
  const warn = dashboard.getByTestId('threshold-sales-only-timeline-warnShare');
  await warn.fill('150');
  await expect(warn).toHaveAttribute('aria-invalid', 'true');
  await expect(dashboard.getByText('Enter a number from 0% to 100%. Until then the default (33.33%) applies.')).toBeVisible();
  await warn.fill('85');
  await dashboard.getByTestId('threshold-sales-only-timeline-failShare').fill('90');
  await expect(dashboard.locator('[data-rule-settings="sales-only-timeline"] summary')).toContainText('2 changed');

  // The open popup follows the stored settings without a reload.
  await expect(popup.locator('[data-rule-id="sales-only-timeline"]')).toHaveAttribute('data-status', 'pass');
  expect(Number(await popup.getByTestId('health-score').textContent())).toBeGreaterThan(scoreBefore);

  await dashboard.locator('[data-rule-settings="hashtag-overuse"] summary').click();
  await dashboard.getByTestId('rule-enabled-hashtag-overuse').uncheck();
  await dashboard.goto(dashboardUrl(extensionId, pageHash(webshopKey)));
  await expect(dashboard.locator('[data-rule-id="sales-only-timeline"]')).toHaveAttribute('data-status', 'pass');
  await expect(dashboard.locator('[data-rule-id="hashtag-overuse"] .rule__status')).toHaveText('Off');
});

test('optional badges on the page: off by default, on when chosen, without moving the page', async ({ context, extensionId, web }) => {
  const tab = await readPages(context, web, extensionId, [webshop]);
  await tab.goto(webshop.url);
  await expect(tab.locator('[data-urn]')).toHaveCount(4);
  const height = await tab.evaluate(() => document.body.scrollHeight);
  const overlay = () => tab.evaluate(() => document.querySelector('echt-overlay') !== null);
  expect(await overlay()).toBe(false);

  const dashboard = await context.newPage();
  await dashboard.goto(dashboardUrl(extensionId, '#/settings'));
  await dashboard.getByTestId('badges-toggle').check();
  // Opening the page's report leaves its flags for the badges.
  await dashboard.goto(dashboardUrl(extensionId, pageHash(webshopKey)));
  await expect(dashboard.locator('[data-rule-id]')).toHaveCount(12);
  await tab.bringToFront();
  await expect.poll(overlay, { timeout: 5000 }).toBe(true);
  expect(await tab.evaluate(() => document.body.scrollHeight)).toBe(height);

  await dashboard.goto(dashboardUrl(extensionId, '#/settings'));
  await dashboard.getByTestId('badges-toggle').uncheck();
  await tab.bringToFront();
  await expect.poll(overlay, { timeout: 5000 }).toBe(false);
});

test('delete one page; the others stay', async ({ context, extensionId, web }) => {
  await readPages(context, web, extensionId, [webshop, healthy]);
  const dashboard = await context.newPage();
  await dashboard.goto(dashboardUrl(extensionId, pageHash(webshopKey)));
  await dashboard.getByTestId('delete-page').click();
  await expect(dashboard.getByText(`Delete everything Echt stored for ${webshop.company.name}?`)).toBeVisible();
  await dashboard.getByTestId('delete-page-confirm').click();
  await expect(dashboard).toHaveURL(/#\/pages$/);
  await expect(dashboard.getByTestId('pages-table').locator('tbody tr')).toHaveCount(1);
  await expect(dashboard.locator(`[data-page-key="${healthyKey}"]`)).toBeVisible();
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, webshop.url));
  await expect(popup.getByTestId('empty-page')).toBeVisible();
});
