/**
 * `npm run demo`: the newcomer's first command. Loads the freshly built extension into Chromium,
 * serves the built-in demo pages at their real-looking LinkedIn URLs (no account, no network),
 * scrolls them like a person, and shows the report.
 *
 * With a display it opens a visible browser and leaves it open; without one (or with
 * DEMO_HEADLESS=1) it runs headless and writes screenshots of each page and its popup.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_PAGES } from '../tests/fixtures/synthetic/demo-pages.ts';
import { FakeWeb, launchWithExtension, popupUrl, scrollLikeAPerson, serviceWorkerOf } from '../tests/e2e/browser.ts';

const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1' || process.env.CI === 'true';
const outDir = resolve(process.env.DEMO_OUT ?? 'demo-output');

async function main(): Promise<void> {
  const { context, userDataDir } = await launchWithExtension({ headless });
  const web = new FakeWeb();
  for (const page of DEMO_PAGES) web.serve(page.url, page.html);
  await web.install(context);
  const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
  mkdirSync(outDir, { recursive: true });

  for (const demo of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(demo.url);
    await scrollLikeAPerson(page);
    await page.waitForTimeout(1500); // let the last batch reach storage
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(popupUrl(extensionId, demo.url));
    await popup.getByTestId('posts-analyzed').waitFor({ timeout: 15_000 });
    const score = await popup.getByTestId('health-score').textContent();
    const posts = await popup.getByTestId('posts-analyzed').textContent();
    console.log(`${demo.company.name}: score ${score?.trim()}, ${posts} posts analysed`);
    if (headless) {
      await page.evaluate(() => window.scrollTo(0, 0));
      const slug = demo.company.slug;
      await page.screenshot({ path: `${outDir}/${slug}-page.png` });
      await popup.screenshot({ path: `${outDir}/${slug}-popup.png`, fullPage: true });
      console.log(`  screenshots: ${outDir}/${slug}-page.png, ${outDir}/${slug}-popup.png`);
    }
  }

  if (headless) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    console.log(`\nDemo done. Screenshots are in ${outDir}`);
  } else {
    console.log('\nThe browser stays open: try the pages and the popup tabs. Close it to end the demo.');
    await new Promise<void>((done) => context.on('close', () => done()));
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('Demo failed:', error);
  process.exit(1);
});
