/**
 * The reader issues the fuzz found, as minimal inputs on the real fixtures (see RELIABILITY.md
 * "Known reader issues"). A test of an open issue states what the reader should do and is marked
 * `.fails` while it does not; when the reader is fixed the `.fails` and the matching entry in
 * KNOWN_ISSUES (oracle.ts) go, so the fuzz guards it again. K2–K8 are fixed; K1 turned out to be
 * the readers' zero convention, documented (and bounded) by its tests here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FACEBOOK_LOCALES } from '../../../lib/platforms/facebook/locale';
import { LINKEDIN_LOCALES } from '../../../lib/platforms/linkedin/locale';
import type { PlatformReader } from '../../../lib/platforms/types';
import { loadFixtures, Pages } from './fixtures';
import { NOW } from './oracle';

const FIXTURES = loadFixtures();
const pages = new Pages(1);
afterAll(() => pages.close());

async function page(name: string): Promise<{ doc: Document; reader: PlatformReader; url: string }> {
  const fixture = FIXTURES.find((f) => f.name === name);
  if (!fixture) throw new Error(`fixture ${name} is gone: update this test`);
  return { doc: await pages.load(fixture), reader: fixture.reader, url: fixture.url };
}

function countsOf(reader: PlatformReader, card: Element) {
  const result = reader.readCard(card, NOW);
  if (result.kind !== 'post') throw new Error(`expected a post, got ${result.reason}`);
  return result.post.counts;
}

/** The deepest element whose own text is exactly `text`. */
function byText(root: ParentNode, text: string): Element {
  const found = Array.from(root.querySelectorAll('*')).filter((el) => el.textContent?.trim() === text && el.children.length === 0);
  if (found.length === 0) throw new Error(`no element with text ${text}`);
  return found[0]!;
}

/** Removes the post's action bar (Like / Comment / Share) from a card, in either platform's words. */
function removeActionBar(card: Element): void {
  const linkedin = Object.values(LINKEDIN_LOCALES).flatMap((l) => l.actionBarLabels);
  const facebook = Object.values(FACEBOOK_LOCALES).map((l) => l.postButtons);
  card.querySelector('.feed-shared-social-action-bar')?.remove();
  for (const el of Array.from(card.querySelectorAll('*'))) {
    const label = el.getAttribute('aria-label') ?? '';
    const text = el.children.length === 0 ? (el.textContent?.trim() ?? '') : '';
    if (linkedin.some((prefix) => label.startsWith(prefix)) || facebook.some((re) => re.test(label) || re.test(text))) {
      (el.closest('button, [role="button"]') ?? el).remove();
    }
  }
}

describe('known reader issues (minimal failing inputs)', () => {
  it('guard: the unmutated inputs read right', async () => {
    const li = await page('linkedin/legacy-company-en-2025-08.html');
    expect(countsOf(li.reader, li.reader.findCards(li.doc)[0]!)).toMatchObject({ reactions: 2948, comments: 221, reposts: 305 });
    const fb = await page('facebook/page-2026-actions-nl.html');
    expect(countsOf(fb.reader, fb.reader.findCards(fb.doc)[1]!).reactions).toBe(312);
  });

  /*
   * K1 is a convention, not a bug. LinkedIn and Facebook render no counts row on a post nobody
   * reacted to, and leave "0 comments" / "0 reposts" out of a row that shows reactions: that
   * absence is what the user sees, and the product's key signal (many likes, no comments) depends
   * on reading it as 0. The readers do so only when the post's action bar proves the card rendered
   * (and nothing count-like in words they do not know is there). Without the bar: null.
   */
  it('K1 LinkedIn legacy (convention): no counts row beside the action bar reads 0; without the bar, null', async () => {
    const { doc, reader } = await page('linkedin/legacy-company-en-2025-08.html');
    const card = reader.findCards(doc)[0]!; // 2,948 reactions · 221 comments · 305 reposts
    card.querySelector('.social-details-social-counts')!.remove();
    expect(countsOf(reader, card)).toMatchObject({ reactions: 0, comments: 0, reposts: 0 });
    removeActionBar(card);
    expect(countsOf(reader, card)).toMatchObject({ reactions: null, comments: null, reposts: null });
  });

  it('K1 LinkedIn SDUI (convention): no comments/reposts line beside the action bar reads 0; without the bar, null', async () => {
    const { doc, reader } = await page('linkedin/sdui-company-en-2026-09.html');
    const card = reader.findCards(doc)[0]!; // 221 comments · 305 reposts
    const line = Array.from(card.querySelectorAll('*')).find((el) => /^221 comments221 comments • 305 reposts305 reposts$/.test(el.textContent?.trim() ?? ''))!;
    line.remove();
    const reactions = countsOf(reader, card).reactions;
    expect(reactions).toBeGreaterThan(0);
    expect(countsOf(reader, card)).toMatchObject({ comments: 0, reposts: 0 });
    // the reactions count alone is no proof the card rendered: a half-rendered card shows some
    removeActionBar(card);
    expect(countsOf(reader, card)).toMatchObject({ reactions, comments: null, reposts: null });
  });

  it('K1 Facebook (convention): no counts bar beside the post buttons reads 0; without the buttons, null', async () => {
    const { doc, reader } = await page('facebook/page-2024-article-nl.html');
    const card = reader.findCards(doc)[0]!; // 1,2K reactions · 34 opmerkingen · 12 keer gedeeld
    const bar = Array.from(card.querySelectorAll('div')).filter((el) => /^1,2K\s*34 opmerkingen\s*12 keer gedeeld$/.test(el.textContent?.trim() ?? '')).at(-1)!;
    bar.remove();
    expect(countsOf(reader, card)).toMatchObject({ reactions: 0, comments: 0, reposts: 0 });
    removeActionBar(card);
    expect(countsOf(reader, card)).toMatchObject({ reactions: null, comments: null, reposts: null });
  });

  // K1 without that evidence: zeros the fuzz found where the page still shows the count. Bugs, fixed.
  it('K1 LinkedIn: a reactions figure beside the icons that cannot be read is unknown, not 0', async () => {
    const { doc, reader } = await page('linkedin/sdui-feed-en-2026-09.html');
    const card = reader.findCards(doc)[0]!; // 128 beside the icons, "128 reactions" for screen readers
    byText(card, '128').textContent = '99999999999';
    expect(countsOf(reader, card).reactions).toBe(128); // the screen-reader copy still says it
    byText(card, '128 reactions').textContent = '99999999999 reactions';
    expect(countsOf(reader, card).reactions).toBeNull();
    // a post that shows only the bare number beside the icon
    const bare = reader.findCards(doc).find((c) => {
      const result = reader.readCard(c, NOW);
      return result.kind === 'post' && result.post.counts.reactions === 7;
    })!;
    byText(bare, '7').textContent = '99999999999';
    expect(countsOf(reader, bare).reactions).toBeNull();
  });

  it('K1 LinkedIn legacy: a reactions item that cannot be read is unknown, not 0', async () => {
    const { doc, reader } = await page('linkedin/legacy-company-en-2025-08.html');
    const card = reader.findCards(doc)[3]!; // "Jan Smit and 23 others"
    byText(card, 'Jan Smit and 23 others').textContent = 'Jan Smit and 99999999999 others';
    expect(countsOf(reader, card).reactions).toBeNull();
  });

  it('K1 LinkedIn: a count whose control now claims to be the post menu is unknown, not 0', async () => {
    const { doc, reader } = await page('linkedin/legacy-activity-en-2026-04.html');
    const card = reader.findCards(doc)[2]!; // 5 reposts
    const reposts = card.querySelector('button[aria-label="5 reposts"]')!;
    const menu = card.querySelector('button[aria-label^="Open control menu"]')!;
    reposts.setAttribute('aria-label', menu.getAttribute('aria-label')!);
    menu.setAttribute('aria-label', '5 reposts');
    expect([null, 5]).toContain(countsOf(reader, card).reposts);
  });

  it('K1 LinkedIn NL: "1.234 reacties" without its bare number keeps the reactions unknown, not 0', async () => {
    const { doc, reader } = await page('linkedin/sdui-company-nl-2026-09.html');
    const card = reader.findCards(doc)[0]!; // 1.234 (beside the icons) · 56 reacties · 7 reposts
    byText(card, '1.234').remove();
    expect([null, 1234]).toContain(countsOf(reader, card).reactions);
  });

  it('K1 LinkedIn: a comment\'s reaction count that cannot be read is unknown, not 0', async () => {
    const { doc, reader } = await page('linkedin/sdui-post-detail-en-2026-05.html');
    const card = reader.findCards(doc)[0]!;
    const comment = doc.querySelector('[componentkey$=",7456319078400000505)"]')!; // Sanne Visser: 2
    byText(comment, '2').textContent = '99999999999';
    const result = reader.readCard(card, NOW);
    if (result.kind !== 'post') throw new Error('not a post');
    expect(result.post.comments.find((c) => c.id === 'li:comment:7456319078400000505')?.reactions).toBeNull();
  });

  it('K1 Facebook: a bare reactions figure no longer beside its icons is unknown, not 0', async () => {
    const { doc, reader } = await page('facebook/page-2024-article-nl.html');
    const card = reader.findCards(doc)[0]!; // 1,2K beside the reaction icons
    card.querySelector('[aria-label="Bekijk wie hierop heeft gereageerd"]')!.remove();
    expect([null, 1200]).toContain(countsOf(reader, card).reactions);
  });

  it('K1 Facebook: a count sentence after foreign words, or with a garbled number, is unknown, not 0', async () => {
    const nl = await page('facebook/page-2026-actions-nl.html');
    const card = nl.reader.findCards(nl.doc)[1]!; // 28 opmerkingen
    byText(card, '28 opmerkingen').textContent = 'תגובות 28 opmerkingen';
    expect([null, 28]).toContain(countsOf(nl.reader, card).comments);
    const en = await page('facebook/page-2026-actions-en.html');
    const first = en.reader.findCards(en.doc)[0]!; // 5.9K comments
    const comments = Array.from(first.querySelectorAll('span')).find((el) => /comments$/.test(el.textContent ?? ''))!;
    comments.textContent = '5.9999999999999999KK comments';
    expect(countsOf(en.reader, first).comments).toBeNull();
  });

  it('K1 Facebook: an implausible reactions figure is unknown, not 0', async () => {
    // not the convention below: the node showing the count is still there, it shows nonsense
    const { doc, reader } = await page('facebook/feed-2026-actions-en.html');
    const card = reader.findCards(doc)[0]!;
    const before = countsOf(reader, card).reactions!;
    for (const el of Array.from(card.querySelectorAll('*'))) {
      if (el.children.length === 0 && el.textContent?.trim() === String(before)) el.textContent = '99999999999';
    }
    expect([null, before]).toContain(countsOf(reader, card).reactions);
  });

  it('K2 LinkedIn: with the post\'s own reactions unreadable, a comment\'s reactions are not taken', async () => {
    const { doc, reader } = await page('linkedin/legacy-post-en-2026-04.html');
    const card = reader.findCards(doc)[0]!; // 64 reactions; Bram's comment has 5
    for (const el of Array.from(doc.body.querySelectorAll('[class]'))) el.setAttribute('class', 'x' + el.getAttribute('class')!.length);
    card.querySelector('[aria-label="64 reactions"]')!.setAttribute('aria-label', '99999999999 reactions');
    byText(card, '64').textContent = '99999999999';
    expect([null, 64]).toContain(countsOf(reader, card).reactions);
    // nor when the comment's markup is gone altogether: its controls say whose they are
    for (const comment of Array.from(card.querySelectorAll('[data-id^="urn:li:comment:"]'))) comment.removeAttribute('data-id');
    expect([null, 64]).toContain(countsOf(reader, card).reactions);
  });

  it('K5 LinkedIn NL: without the reaction icon, "1.234 reacties" is not read as the comments', async () => {
    const { doc, reader } = await page('linkedin/sdui-company-nl-2026-09.html');
    const card = reader.findCards(doc)[0]!; // 1.234 reactions · 56 reacties (comments) · 7 reposts
    card.querySelector('img[alt="interessant"]')!.remove();
    const counts = countsOf(reader, card);
    expect([null, 56]).toContain(counts.comments);
    // "reacties" labels two numbers, so which is the comments count is unknown: null, not 0
    expect(counts.comments).toBeNull();
    expect([null, 1234]).toContain(counts.reactions);
    expect(counts.reposts).toBe(7);
  });

  it('K6 Facebook: "All reactions:" without its number does not take the comments count', async () => {
    const { doc, reader } = await page('facebook/page-2026-actions-nl.html');
    const card = reader.findCards(doc)[1]!; // Alle reacties:312 · 28 opmerkingen · 1,5K keer gedeeld
    byText(card, '312').remove();
    const counts = countsOf(reader, card);
    expect([null, 312]).toContain(counts.reactions);
    // the label is there, its number is not: unknown, not 0
    expect(counts.reactions).toBeNull();
    expect(counts).toMatchObject({ comments: 28, reposts: 1500 });
  });

  it('K7 Facebook: without the total, the per-reaction labels are not passed off as the total', async () => {
    const { doc, reader } = await page('facebook/page-2026-actions-nl.html');
    const card = reader.findCards(doc)[0]!; // Alle reacties:1,2K; "Vind ik leuk: 1,1K personen", "Geweldig: 96 personen"
    // the whole total goes: label and number (its visible and its screen-reader copy)
    for (const el of Array.from(card.querySelectorAll('*'))) if (el.children.length === 0 && ['1,2K', 'Alle reacties:'].includes(el.textContent?.trim() ?? '')) el.remove();
    expect([null, 1200]).toContain(countsOf(reader, card).reactions);
    // no lower bound either, and no 0: the labels prove there are reactions, not how many
    expect(countsOf(reader, card).reactions).toBeNull();
  });

  it('K8 Facebook: with the followers figure unreadable, the page likes are not taken as followers', async () => {
    const { doc, reader, url } = await page('facebook/page-2024-article-en.html');
    const link = doc.querySelector('a[href$="/followers/"]')!; // "5.1K followers" beside "4.3K likes"
    link.textContent = '99999999999K followers';
    const header = () => reader.readHeader(doc, reader.targetFor(new URL(url))!);
    expect([null, 5100]).toContain(header()?.followers ?? null);
    // nor with the followers figure gone: likes are another number
    link.remove();
    expect(header()).toMatchObject({ name: expect.any(String), followers: null });
  });
});
