/**
 * The reader issues the fuzz found, as minimal failing inputs on the real fixtures (reported to
 * the readers' owners; see RELIABILITY.md "Known reader issues"). Each test states what the reader
 * should do and is marked `.fails` because today it does not. When a reader is fixed its test
 * starts passing, vitest reports the `.fails` as broken, and the fix is finished by removing the
 * `.fails` here and the matching entry in KNOWN_ISSUES (oracle.ts), so the fuzz guards it again.
 */
import { afterAll, describe, expect, it } from 'vitest';
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

describe('known reader issues (minimal failing inputs)', () => {
  it('guard: the unmutated inputs read right', async () => {
    const li = await page('linkedin/legacy-company-en-2025-08.html');
    expect(countsOf(li.reader, li.reader.findCards(li.doc)[0]!)).toMatchObject({ reactions: 2948, comments: 221, reposts: 305 });
    const fb = await page('facebook/page-2026-actions-nl.html');
    expect(countsOf(fb.reader, fb.reader.findCards(fb.doc)[1]!).reactions).toBe(312);
  });

  it.fails('K1 LinkedIn legacy: a post whose counts row is missing has unknown counts, not 0', async () => {
    const { doc, reader } = await page('linkedin/legacy-company-en-2025-08.html');
    const card = reader.findCards(doc)[0]!; // 2,948 reactions · 221 comments · 305 reposts
    card.querySelector('.social-details-social-counts')!.remove();
    expect(countsOf(reader, card)).toMatchObject({ reactions: null, comments: null, reposts: null });
  });

  it.fails('K1 LinkedIn SDUI: a post whose comments/reposts line is missing has them unknown, not 0', async () => {
    const { doc, reader } = await page('linkedin/sdui-company-en-2026-09.html');
    const card = reader.findCards(doc)[0]!; // 221 comments · 305 reposts
    const line = Array.from(card.querySelectorAll('*')).find((el) => /^221 comments221 comments • 305 reposts305 reposts$/.test(el.textContent?.trim() ?? ''))!;
    line.remove();
    const counts = countsOf(reader, card);
    expect([null, 221]).toContain(counts.comments);
    expect([null, 305]).toContain(counts.reposts);
  });

  it.fails('K1 Facebook: a post whose counts bar is missing has unknown counts, not 0', async () => {
    const { doc, reader } = await page('facebook/page-2024-article-nl.html');
    const card = reader.findCards(doc)[0]!; // 1,2K reactions · 34 opmerkingen · 12 keer gedeeld
    const bar = Array.from(card.querySelectorAll('div')).filter((el) => /^1,2K\s*34 opmerkingen\s*12 keer gedeeld$/.test(el.textContent?.trim() ?? '')).at(-1)!;
    bar.remove();
    expect(countsOf(reader, card)).toMatchObject({ reactions: null, comments: null, reposts: null });
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
