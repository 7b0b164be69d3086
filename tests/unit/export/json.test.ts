import { describe, expect, it } from 'vitest';
import type { PageDump } from '../../../lib/db/repository';
import { EXPORT_VERSION, exportFile, exportFileName } from '../../../lib/export/format';
import { parseExport, serializeExport } from '../../../lib/export/json';
import { sampleDump } from './samples';

const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);

function fileWith(change: (dump: PageDump) => unknown): string {
  const file = exportFile([sampleDump()], NOW) as unknown as { pages: unknown[] };
  file.pages = [change(sampleDump())];
  return JSON.stringify(file);
}

describe('parseExport', () => {
  it('reads back exactly what was written', () => {
    const file = exportFile([sampleDump(), sampleDump('linkedin:company/other')], NOW);
    const parsed = parseExport(serializeExport(file));
    expect(parsed).toEqual({ ok: true, file });
  });

  it('tells apart: not JSON, not ours, from a newer Echt', () => {
    expect(parseExport('{nope')).toEqual({ ok: false, problem: { reason: 'not-json' } });
    expect(parseExport('[1,2]')).toEqual({ ok: false, problem: { reason: 'not-echt' } });
    expect(parseExport('{"format":"other-app","version":1}')).toEqual({ ok: false, problem: { reason: 'not-echt' } });
    expect(parseExport(JSON.stringify({ format: 'echt-export', version: EXPORT_VERSION + 1, pages: [] }))).toEqual({
      ok: false,
      problem: { reason: 'newer-version', version: EXPORT_VERSION + 1 },
    });
  });

  it('names the first place that is wrong', () => {
    const parsed = parseExport(fileWith((dump) => ({ ...dump, posts: [{ ...dump.posts[0], snapshots: [{ seenAt: NOW, reactions: -3, comments: 0, reposts: 0, impressions: null }] }] })));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok && parsed.problem.reason === 'invalid') expect(parsed.problem.where).toBe('pages.0.posts.0.snapshots.0.reactions');
    else expect.unreachable();
  });

  it('refuses unknown keys, duplicate ids and a key from the wrong platform', () => {
    const invalid = (text: string) => {
      const parsed = parseExport(text);
      return !parsed.ok && parsed.problem.reason === 'invalid';
    };
    expect(invalid(fileWith((dump) => ({ ...dump, extra: 1 })))).toBe(true);
    expect(invalid(fileWith((dump) => ({ ...dump, posts: [dump.posts[0], dump.posts[0]] })))).toBe(true);
    expect(invalid(fileWith((dump) => ({ ...dump, page: { ...dump.page, key: 'facebook:acme' } })))).toBe(true);
    expect(invalid(fileWith((dump) => ({ ...dump, page: { ...dump.page, url: 'javascript:alert(1)' } })))).toBe(true);
  });

  it('drops links and profile URLs that are not web addresses on the two sites', () => {
    const text = fileWith((dump) => ({
      ...dump,
      posts: dump.posts.map((post) => ({
        ...post,
        links: ['javascript:alert(1)', 'https://shop.example/'],
        comments: post.comments.map((c) => ({ ...c, authorUrl: 'data:text/html,hi' })),
      })),
    }));
    const parsed = parseExport(text);
    if (!parsed.ok) expect.unreachable();
    else {
      expect(parsed.file.pages[0]?.posts[0]?.links).toEqual(['https://shop.example/']);
      expect(parsed.file.pages[0]?.posts[0]?.comments[0]?.authorUrl).toBeNull();
    }
  });
});

describe('exportFileName', () => {
  it('says what and when', () => {
    expect(exportFileName('linkedin-company/kaasmeester', 'json', NOW)).toBe('echt-linkedin-company-kaasmeester-2026-11-20.json');
    expect(exportFileName('???', 'csv', NOW)).toBe('echt-pages-2026-11-20.csv');
  });
});
