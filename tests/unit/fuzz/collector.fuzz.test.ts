// @vitest-environment happy-dom
/**
 * The collector over hostile pages: it reads real fixtures while the page mutates under it (the
 * fuzz's mutations, applied live so the MutationObserver path runs), and over 10,000 posts.
 * Nothing escapes into the page; every batch it sends passes the background's schema (else the
 * background would drop it whole); counts stay true or null; nothing is sent after the content
 * script is invalidated.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Collector } from '../../../lib/collector/collector';
import { batchSchema } from '../../../lib/messaging/schemas';
import type { ObservationBatch, PlatformReader } from '../../../lib/platforms/types';
import { card, fakeReader, feed } from '../../dom/collector/fake-reader';
import { loadFixtures, type Fixture } from './fixtures';
import { applyMutation, MUTATION_KINDS, type Mutation } from './mutate';
import { KNOWN_ISSUES, NOW, tagAndRead, type Violation, zeroByConvention } from './oracle';

const RUNS = Number(process.env.ECHT_FUZZ_RUNS ?? 20);
const SEED = Number(process.env.ECHT_FUZZ_SEED ?? 20261120);
const FIXTURES = loadFixtures().filter((f) => !f.name.includes('unknown'));

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

let sent: ObservationBatch[];
let controller: AbortController;
const pageErrors: unknown[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  pageErrors.length = 0;
  window.addEventListener('error', onError);
});
afterEach(() => {
  controller?.abort();
  window.removeEventListener('error', onError);
  vi.useRealTimers();
});

function start(reader: PlatformReader, url: string): Collector {
  controller = new AbortController();
  const collector = new Collector({
    reader,
    send: async (batch) => {
      sent.push(structuredClone(batch));
      return { ok: true, stored: 0 };
    },
    signal: controller.signal,
    now: () => NOW,
  });
  collector.retarget(new URL(url));
  return collector;
}

async function settle(ms = 3000): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function load(fixture: Fixture): void {
  (window as unknown as HappyDomWindow).happyDOM.setURL(fixture.url);
  const parsed = new DOMParser().parseFromString(fixture.html, 'text/html');
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? 'en');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/**
 * The fixture's reader, noting every 0 it reads where the page does not show that count as absent
 * (oracle.ts, zeroByConvention), judged on the card as it was when read, not when sent.
 */
function watched(reader: PlatformReader, inventedZeros: Set<string>): PlatformReader {
  return {
    ...reader,
    readCard(card, now) {
      const result = reader.readCard(card, now);
      if (result.kind === 'post') {
        for (const [field, value] of Object.entries(result.post.counts)) {
          if (value === 0 && !zeroByConvention(card, field)) inventedZeros.add(`${result.post.id}|${field}`);
        }
      }
      return result;
    },
  };
}

/** Schema problems of a batch, as the background would see them. */
function schemaIssues(batch: ObservationBatch): string[] {
  const result = batchSchema.safeParse(batch);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('collector on mutating fixtures', () => {
  it(`no page error, schema-valid batches, true-or-null counts (${RUNS} runs over ${FIXTURES.length} fixtures)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.record({ kind: fc.constantFrom(...MUTATION_KINDS), a: fc.nat({ max: 100_000 }), b: fc.nat({ max: 100_000 }) }), { minLength: 1, maxLength: 4 }),
        async (fixture, mutations: Mutation[]) => {
          sent = [];
          load(fixture);
          tagAndRead(fixture.reader, document, fixture.url); // the evidence zeroByConvention looks for
          const inventedZeros = new Set<string>();
          start(watched(fixture.reader, inventedZeros), fixture.url);
          await settle();
          // truth: the first observation of every post, on the unmutated page
          const truth = new Map<string, ObservationBatch['posts'][number]['counts']>();
          for (const b of sent) for (const p of b.posts) if (!truth.has(p.id)) truth.set(p.id, p.counts);
          const before = sent.length;
          for (const m of mutations) {
            applyMutation(document, m);
            await settle(400); // the page keeps changing while the collector works
          }
          await settle();
          for (const b of sent) expect(schemaIssues(b), `${fixture.name}: batch refused by the background`).toEqual([]);
          const violations: Violation[] = [];
          for (const b of sent.slice(before)) {
            for (const p of b.posts) {
              const t = truth.get(p.id);
              if (!t) continue;
              for (const field of ['reactions', 'comments', 'reposts', 'impressions'] as const) {
                const got = p.counts[field];
                if (got === null || got === t[field]) continue;
                if (got === 0 && !inventedZeros.has(`${p.id}|${field}`)) continue; // the page shows it absent
                const others = (['reactions', 'comments', 'reposts', 'impressions'] as const).filter((f) => f !== field).map((f) => t[f]).filter((v): v is number => v !== null);
                violations.push({ card: p.id, field, got, allowed: [t[field]], commentCounts: [], otherFields: others });
              }
            }
          }
          expect(violations.filter((v) => !Object.values(KNOWN_ISSUES).some((k) => k(v)))).toEqual([]);
          // invalidated: the page keeps changing, nothing more is sent
          controller.abort();
          const after = sent.length;
          applyMutation(document, { kind: 'duplicate', a: 1, b: 1 });
          document.body.append(document.body.firstElementChild?.cloneNode(true) ?? document.createElement('div'));
          await settle();
          expect(sent.length).toBe(after);
          expect(pageErrors).toEqual([]);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});

describe('10,000 posts through the collector', () => {
  // K9 (found here, fixed in 41a03c8): the collector sent everything read since its last flush as
  // one batch; over LIMITS.postsPerBatch (200) the background refused it whole and the posts were
  // lost. It now sends at most 25 posts a message.
  it('every post is sent, in batches the background accepts (K9)', async () => {
    const list = feed();
    const reader = fakeReader();
    start(reader, 'https://www.linkedin.com/company/acme/posts/');
    for (let i = 0; i < 10_000; i++) list.append(card(`p${i}`, i));
    await settle(60_000);
    const ids = new Set(sent.flatMap((b) => b.posts.map((p) => p.id)));
    expect(ids.size).toBe(10_000);
    const refused = sent.filter((b) => schemaIssues(b).length > 0);
    expect(refused.map((b) => `${b.posts.length} posts: ${schemaIssues(b)[0]}`)).toEqual([]);
  }, 120_000);
});
