/**
 * Shared steps of the experience tests (popup, dashboard, your data): read the demo pages like a
 * person, open extension pages, and check accessibility with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_PAGES, healthyCompany, webshopCompany, type DemoPage } from '../fixtures/synthetic/demo-pages';
import { expect, popupUrl, scrollLikeAPerson, type FakeWeb } from './harness';

export const webshop = DEMO_PAGES.find((p) => p.company === webshopCompany) as DemoPage;
export const healthy = DEMO_PAGES.find((p) => p.company === healthyCompany) as DemoPage;
export const webshopKey = `linkedin:company/${webshopCompany.slug}`;
export const healthyKey = `linkedin:company/${healthyCompany.slug}`;

/** Opens each page, scrolls through it, and waits until its popup counts every post. */
export async function readPages(context: BrowserContext, web: FakeWeb, extensionId: string, demos: DemoPage[]): Promise<Page> {
  const tab = await context.newPage();
  for (const demo of demos) web.serve(demo.url, demo.html);
  for (const demo of demos) {
    await tab.goto(demo.url);
    await scrollLikeAPerson(tab);
    await expectPostsStored(context, extensionId, demo);
  }
  return tab;
}

export async function expectPostsStored(context: BrowserContext, extensionId: string, demo: DemoPage): Promise<void> {
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, demo.url));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(demo.company.posts.length), { timeout: 15_000 });
  await popup.close();
}

export function dashboardUrl(extensionId: string, hash = '#/pages'): string {
  return `chrome-extension://${extensionId}/dashboard.html${hash}`;
}

export function pageHash(pageKey: string): string {
  return `#/page/${encodeURIComponent(pageKey)}`;
}

/** Fails on any serious or critical axe violation, naming the rule and the elements. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${label}`).toEqual([]);
}

/** What a report says, in a form two reports can be compared by: score and every check's status. */
export async function reportFingerprint(page: Page): Promise<string> {
  const score = await page.getByTestId('health-score').first().textContent();
  const statuses = await page.locator('[data-rule-id]').evaluateAll((cards) =>
    cards.map((card) => `${card.getAttribute('data-rule-id')}=${card.getAttribute('data-status')}`).sort(),
  );
  return [score, ...statuses].join(' ');
}
