/**
 * Screenshots of the popup, the dashboard and "show me" on the page, for the README and for a
 * person to look at. Written next to the test results; `UPDATE_SCREENSHOTS=1` writes them to
 * docs/screenshots/ instead.
 */
import { resolve } from 'node:path';
import { expect, popupUrl, test } from './harness';
import { dashboardUrl, healthy, healthyKey, pageHash, readPages, webshop, webshopKey } from './experience-helpers';

const target = (name: string, outputPath: (name: string) => string) =>
  process.env.UPDATE_SCREENSHOTS === '1' ? resolve('docs/screenshots', name) : outputPath(name);

test('screenshots of popup, dashboard and show-me', async ({ context, extensionId, web }, testInfo) => {
  const out = (name: string) => target(name, (n) => testInfo.outputPath(n));
  const tab = await readPages(context, web, extensionId, [webshop, healthy]);

  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1200, height: 900 });
  await dashboard.goto(dashboardUrl(extensionId));
  await dashboard.locator(`[data-page-key="${webshopKey}"]`).getByTestId('relation-select').selectOption('mine');
  await dashboard.locator(`[data-page-key="${healthyKey}"]`).getByTestId('relation-select').selectOption('competitor');
  await expect(dashboard.locator(`[data-page-key="${healthyKey}"]`).getByTestId('relation-select')).toHaveValue('competitor');
  await dashboard.screenshot({ path: out('dashboard-pages.png') });
  await dashboard.getByTestId('compare-marked').click();
  await expect(dashboard.getByTestId('comparison')).toBeVisible();
  await dashboard.screenshot({ path: out('dashboard-compare.png') });
  await dashboard.goto(dashboardUrl(extensionId, pageHash(webshopKey)));
  await expect(dashboard.getByTestId('history').locator('canvas').first()).toBeVisible();
  await dashboard.screenshot({ path: out('dashboard-report.png'), fullPage: true });
  await dashboard.goto(dashboardUrl(extensionId, '#/settings'));
  await dashboard.locator('[data-rule-settings="sales-only-timeline"] summary').click();
  await dashboard.screenshot({ path: out('dashboard-settings.png'), fullPage: true });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(popupUrl(extensionId, webshop.url));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(webshop.company.posts.length));
  await popup.screenshot({ path: out('popup-webshop.png'), fullPage: true });

  await tab.setViewportSize({ width: 900, height: 700 });
  await tab.goto(webshop.url);
  await popup.locator('[data-rule-id="sales-only-timeline"]').getByRole('button').click();
  await expect(popup.locator('[data-rule-id="sales-only-timeline"]').getByRole('status')).toContainText('Highlighted');
  await tab.bringToFront();
  await tab.waitForTimeout(900);
  await tab.screenshot({ path: out('show-me.png') });

  await dashboard.goto(dashboardUrl(extensionId, '#/settings'));
  await dashboard.getByTestId('badges-toggle').check();
  await popup.reload();
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(webshop.company.posts.length));
  await tab.bringToFront();
  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.waitForTimeout(7000); // the show-me outline has faded

  await tab.screenshot({ path: out('badges.png') });

  await dashboard.getByTestId('language-select').selectOption('nl');
  await popup.reload();
  await expect(popup.getByTestId('basis')).toContainText('berichten geanalyseerd');
  await popup.screenshot({ path: out('popup-webshop-nl.png'), fullPage: true });
});
