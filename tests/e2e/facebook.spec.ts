import { facebook2026Page, type SyntheticFacebookPage, type SyntheticFacebookPost } from '../fixtures/facebook/synthetic-2026';
import { expect, popupUrl, scrollLikeAPerson, test } from './harness';

function post(time: string, text: string, counts: [number, number, number], hashtags: string[] = [], photo = false, postId: string | null = null): SyntheticFacebookPost {
  const [reactions, comments, shares] = counts;
  return { postId, time, text, hashtags, reactions, comments, shares, photo };
}

const STUFFED = ['sale', 'deals', 'bikeshop', 'discount', 'shopnow'];

/** A Page that sells and nothing else, with a hashtag block under most posts. */
const webshop: SyntheticFacebookPage = {
  username: 'velostore.outlet',
  name: 'Velostore Outlet',
  followers: '3.4K',
  category: 'Bicycle shop',
  lang: 'en',
  reveal: { initial: 3, step: 2 },
  posts: [
    post('5h', 'Only this week: 20% off all city bikes! Order now at velostore.example/shop', [41, 0, 2], STUFFED, true, '8100000000000001'),
    post('1d', 'Flash sale! Buy a helmet, get the lock for free. Shop now while stocks last.', [36, 1, 0], STUFFED, false, '8100000000000002'),
    post('2d', 'New in the webshop: carbon wheels for just €499. Order today, delivered tomorrow.', [1200, 0, 5], STUFFED, true, '8100000000000003'),
    post('3d', 'Use coupon code BIKE10 for 10% discount on your next order. Buy now!', [29, 0, 0], STUFFED, false, null),
    post('4d', 'We visited the frame builder in Zwolle who welds our steel frames. Meet Anouk, 25 years at the torch.', [58, 7, 3], ['craft'], true, '8100000000000005'),
    post('5d', 'Black Friday deals are live: up to 40% off. Order now before midnight!', [33, 1, 1], STUFFED, false, '8100000000000006'),
    post('6d', 'Free shipping on all orders above €50 this weekend. Shop the sale now.', [27, 0, 0], STUFFED, false, '8100000000000007'),
    post('March 3 at 10:00 AM', 'Limited offer: the winter service box for €39,95. Pre-order now!', [31, 1, 2], STUFFED, true, '8100000000000008'),
    post('March 1 at 9:30 AM', 'Last chance: 25% off on all bike bags. Buy now in our webshop.', [24, 0, 0], STUFFED, false, '8100000000000009'),
  ],
};

/** A Dutch Page that talks with people: questions, know-how, few hashtags. */
const werkplaats: SyntheticFacebookPage = {
  username: 'fietswerkplaatsnoord',
  name: 'Fietswerkplaats Noord',
  followers: '1,2K',
  category: 'Fietsenmaker',
  lang: 'nl',
  reveal: { initial: 2, step: 2 },
  posts: [
    post('3 u', 'Waarom piept een schijfrem na de regen? Onze monteur Sam legt het uit in drie stappen.', [52, 7, 3], ['fietstips'], false, '8200000000000001'),
    post('2 d', 'Wat was jouw slechtste lekke band ooit? Vertel het hieronder, we lezen alles.', [47, 9, 1], [], false, '8200000000000002'),
    post('4 d', 'Maak kennis met Lotte, onze nieuwe leerling-monteur. Vraag haar alles over versnellingen!', [61, 8, 2], [], true, '8200000000000003'),
    post('6 d', 'Achter de schermen: zo centreren we een wiel, met een oude spaakspanningsmeter van opa.', [55, 6, 4], ['vakwerk'], true, null),
    post('Gisteren om 15:45', 'Welke bandenspanning gebruik jij in de winter? We vergeleken vijf instellingen.', [58, 8, 2], [], false, '8200000000000005'),
    post('1 w', 'Dank aan iedereen die op onze open werkplaatsdag kwam! Wat moeten we volgende keer laten zien?', [66, 10, 3], [], true, '8200000000000006'),
  ],
};

const webshopUrl = `https://www.facebook.com/${webshop.username}`;
const werkplaatsUrl = `https://www.facebook.com/${werkplaats.username}`;

test('scrolling a 2026-markup Facebook Page fills the popup report', async ({ context, extensionId, web }) => {
  web.serve(webshopUrl, facebook2026Page(webshop));
  const page = await context.newPage();
  await page.goto(webshopUrl);
  // 2026 markup: every post has its menu and none is a role="article"; posts appear as one scrolls.
  await expect(page.locator('[aria-label="Actions for this post"]')).toHaveCount(webshop.reveal.initial);
  await expect(page.locator('[role="article"]')).toHaveCount(0);
  await scrollLikeAPerson(page);
  await expect(page.locator('[aria-label="Actions for this post"]')).toHaveCount(webshop.posts.length);

  const popup = await context.newPage();
  // An equivalent address of the same Page (case, /posts tab, tracking): the same report.
  await popup.goto(popupUrl(extensionId, 'https://www.facebook.com/VeloStore.Outlet/posts/?ref=page_internal'));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(webshop.posts.length), { timeout: 15_000 });
  await expect(popup.locator('[data-rule-id]')).toHaveCount(12);
  await expect(popup.locator('[data-rule-id="sales-only-timeline"]')).toHaveAttribute('data-status', 'fail');
  await expect(popup.locator('[data-rule-id="hashtag-overuse"]')).toHaveAttribute('data-status', /warn|fail/);
  const score = Number(await popup.getByTestId('health-score').textContent());
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThan(70);
});

test('a Dutch 2026 Facebook Page that talks with people passes the sales and hashtag rules', async ({ context, extensionId, web }) => {
  web.serve(werkplaatsUrl, facebook2026Page(werkplaats));
  const page = await context.newPage();
  await page.goto(werkplaatsUrl);
  await scrollLikeAPerson(page);
  await expect(page.locator('[aria-label="Acties voor dit bericht"]')).toHaveCount(werkplaats.posts.length);

  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, werkplaatsUrl));
  await expect(popup.getByTestId('posts-analyzed')).toHaveText(String(werkplaats.posts.length), { timeout: 15_000 });
  await expect(popup.locator('[data-rule-id="sales-only-timeline"]')).toHaveAttribute('data-status', 'pass');
  await expect(popup.locator('[data-rule-id="hashtag-overuse"]')).toHaveAttribute('data-status', 'pass');
});

test('Facebook pages Echt does not read say so', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId, 'https://www.facebook.com/groups/123456789/'));
  await expect(popup.getByTestId('unsupported-page')).toBeVisible();
  await popup.goto(popupUrl(extensionId, 'https://www.facebook.com/never.visited.page'));
  await expect(popup.getByTestId('empty-page')).toBeVisible();
});
