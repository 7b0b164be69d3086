/**
 * The whole journey of issue 6 in real Chromium: read a page's report, export, wipe, refuse a bad
 * file, re-import and get the same report back, in English and in Dutch.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, popupUrl, test } from './harness';
import { dashboardUrl, expectAccessible, healthy, pageHash, readPages, reportFingerprint, webshop, webshopKey } from './experience-helpers';

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function fingerprints(page: Page, extensionId: string): Promise<string[]> {
  const out: string[] = [];
  for (const demo of [webshop, healthy]) {
    await page.goto(dashboardUrl(extensionId, pageHash(`linkedin:company/${demo.company.slug}`)));
    await expect(page.locator('.report__page')).toHaveText(demo.company.name);
    await expect(page.locator('[data-rule-id]')).toHaveCount(12);
    out.push(await reportFingerprint(page));
  }
  return out;
}

for (const language of ['en', 'nl'] as const) {
  test(`export, wipe, refuse a bad file, re-import: the same reports (${language})`, async ({ context, extensionId, web }) => {
    await readPages(context, web, extensionId, [webshop, healthy]);
    const dashboard = await context.newPage();
    await dashboard.goto(dashboardUrl(extensionId, '#/settings'));
    await dashboard.getByTestId('language-select').selectOption(language);
    const posts = webshop.company.posts.length + healthy.company.posts.length;
    const text = language === 'nl' ? { pages: 'Pagina’s', imported: `2 pagina’s met ${posts} berichten geïmporteerd.`, refused: 'Er is niets veranderd.', deleted: 'Alles wat Echt bewaarde is verwijderd.' } : { pages: 'Pages', imported: `Imported 2 pages with ${posts} posts.`, refused: 'Nothing was changed.', deleted: 'Everything Echt stored has been deleted.' };
    await expect(dashboard.getByRole('link', { name: text.pages, exact: true })).toBeVisible();
    await dashboard.getByRole('link', { name: text.pages, exact: true }).click();
    await dashboard.locator(`[data-page-key="${webshopKey}"]`).getByTestId('relation-select').selectOption('mine');
    await expect(dashboard.locator(`[data-page-key="${webshopKey}"]`).getByTestId('relation-select')).toHaveValue('mine');
    const before = await fingerprints(dashboard, extensionId);

    await dashboard.goto(dashboardUrl(extensionId, '#/data'));
    await expectAccessible(dashboard, `your data (${language})`);
    const json = await download(dashboard, 'export-all-json');
    expect(json.name).toMatch(/^echt-all-pages-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json.text)).toMatchObject({ format: 'echt-export', version: 1 });
    const csv = await download(dashboard, 'export-all-csv');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(1 + posts);
    expect(csv.text).toContain('sales-only-timeline');

    await dashboard.getByTestId('delete-all').click();
    await dashboard.getByTestId('delete-all-confirm').click();
    await expect(dashboard.getByTestId('data-message')).toHaveText(text.deleted);
    await dashboard.goto(dashboardUrl(extensionId));
    await expect(dashboard.getByTestId('no-pages')).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(popupUrl(extensionId, webshop.url));
    await expect(popup.getByTestId('empty-page')).toBeVisible();

    await dashboard.goto(dashboardUrl(extensionId, '#/data'));
    const damaged = json.text.replace('"reactions": 31', '"reactions": "31"');
    expect(damaged).not.toBe(json.text);
    await dashboard.getByTestId('import-file').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
    await expect(dashboard.getByRole('alert')).toContainText(text.refused);
    await dashboard.getByTestId('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect(dashboard.getByRole('alert')).toContainText(text.refused);
    await dashboard.goto(dashboardUrl(extensionId));
    await expect(dashboard.getByTestId('no-pages')).toBeVisible();

    await dashboard.goto(dashboardUrl(extensionId, '#/data'));
    await dashboard.getByTestId('import-file').setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await expect(dashboard.getByTestId('data-message')).toHaveText(text.imported);
    expect(await fingerprints(dashboard, extensionId)).toEqual(before);
    await dashboard.goto(dashboardUrl(extensionId));
    await expect(dashboard.locator(`[data-page-key="${webshopKey}"]`).getByTestId('relation-select')).toHaveValue('mine');
    await popup.reload();
    await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(webshop.company.posts.length));
  });
}

test('Dutch throughout: popup, report card, dashboard, axe', async ({ context, extensionId, web }) => {
  await readPages(context, web, extensionId, [webshop]);
  const dashboard = await context.newPage();
  await dashboard.goto(dashboardUrl(extensionId, '#/settings'));
  await dashboard.getByTestId('language-select').selectOption('nl');
  await expect(dashboard.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Instellingen');
  await dashboard.goto(dashboardUrl(extensionId, pageHash(webshopKey)));
  await expect(dashboard.locator('[data-rule-id="sales-only-timeline"]')).toContainText('Alleen maar verkopen');
  await expect(dashboard.getByTestId('posts-count')).toHaveText('10 van 10 berichten');
  await expectAccessible(dashboard, 'dashboard (nl)');

  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, webshop.url));
  await expect(popup.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(popup.getByTestId('basis')).toContainText('berichten geanalyseerd');
  await expect(popup.locator('[data-rule-id="sales-only-timeline"]')).toContainText('Probeer dit:');
  await expect(popup.getByTestId('open-dashboard')).toHaveText('Volledig rapport, verloop en vergelijking');
  await expectAccessible(popup, 'popup (nl)');
});
