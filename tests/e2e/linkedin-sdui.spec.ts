/**
 * A LinkedIn company page in the 2026 SDUI markup (no data-urn, hashed classes, one control menu
 * per post), served at its real URL, scrolled like a person while the page reveals and drops
 * cards: the popup counts every post. And when that markup's counts cannot be read, the popup
 * says the layout may have changed instead of scoring zeros.
 */
import { activityIdAt, type SyntheticCompany, type SyntheticPost } from '../fixtures/synthetic/linkedin-legacy';
import { linkedinSduiCompanyPage } from '../fixtures/synthetic/linkedin-sdui';
import { expect, popupUrl, scrollLikeAPerson, test } from './harness';

const DAY = 86_400_000;
const NEWEST = Date.UTC(2026, 8, 14, 8);

function post(daysAgo: number, text: string, counts: [number, number, number], media: SyntheticPost['media'] = 'none'): SyntheticPost {
  const [reactions, comments, reposts] = counts;
  return { activityId: activityIdAt(NEWEST - daysAgo * DAY, daysAgo * 131), text, reactions, comments, reposts, media, hashtags: daysAgo % 3 === 0 ? ['energie'] : [] };
}

const company: SyntheticCompany = {
  slug: 'zonnedak-coop',
  name: 'Zonnedak Coöperatie',
  followers: 3_412,
  employees: '11-50',
  industry: 'Renewable Energy',
  infiniteScroll: { initial: 4, step: 3 },
  posts: [
    post(0, 'Our 500th roof is live: a primary school in Deventer.', [212, 18, 6], 'image'),
    post(2, 'What keeps you from joining a solar co-op? Honest answers welcome.', [64, 23, 1]),
    post(4, 'Members’ evening on Thursday: bring your questions about the 2027 tariffs.', [41, 5, 2]),
    post(6, 'Behind the scenes with the installer crew in Zutphen.', [95, 7, 3], 'video'),
    post(9, 'How a roof survey works, in six photos.', [52, 4, 0], 'image'),
    post(12, 'Thank you, 1,000 members! What should we build next?', [310, 41, 12]),
    post(15, 'New: monthly production reports for every member.', [38, 3, 1]),
    post(18, 'We are hiring a part-time project lead.', [47, 2, 9]),
    post(21, 'Meet Esra, who keeps our books in order.', [73, 9, 0], 'image'),
    post(25, 'Why we pay members interest instead of dividends.', [29, 6, 1]),
    post(29, 'Photos from the open day at the Bathmen solar field.', [66, 5, 2], 'image'),
  ],
};
const url = `https://www.linkedin.com/company/${company.slug}/posts/`;

test('scrolling an SDUI company page fills the popup with every post', async ({ context, extensionId, web }) => {
  web.serve(url, linkedinSduiCompanyPage(company));
  const page = await context.newPage();
  await page.goto(url);
  // The 2026 markup: no activity urns, one control menu per post, and only a few posts at first.
  await expect(page.locator('[role="listitem"]')).toHaveCount(4);
  await expect(page.locator('[data-urn], [data-id]')).toHaveCount(0);
  await expect(page.locator('button[aria-label^="Open control menu for post by "]')).toHaveCount(4);
  await scrollLikeAPerson(page);

  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, `https://www.linkedin.com/company/${company.slug}/`));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(company.posts.length), { timeout: 15_000 });
  await expect(popup.getByTestId('layout-changed')).toHaveCount(0);
});

test('an SDUI page whose counts cannot be read says so instead of scoring zeros', async ({ context, extensionId, web }) => {
  // The same page after a hypothetical change of count wording: cards, authors and text still
  // read, not one count does.
  const drifted = linkedinSduiCompanyPage({ ...company, infiniteScroll: undefined }).replace(
    /<div class="_07f12a3c">[\s\S]*?<\/div>/g,
    '<div class="_07f12a3c"><span>12 Reaktionen</span><span>3 Kommentare</span></div>',
  );
  web.serve(url, drifted);
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('[role="listitem"]')).toHaveCount(company.posts.length);
  await scrollLikeAPerson(page);

  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, url));
  await expect(popup.getByTestId('layout-changed')).toBeVisible({ timeout: 15_000 });
  // The score is withheld, not computed from zeros.
  await expect(popup.getByTestId('health-score')).toHaveAttribute('data-status', 'insufficient');
});
