import { describe, expect, it } from 'vitest';
import { POSTS_CSV_HEADER, postsCsv } from '../../../lib/export/posts-csv';
import { sampleDump } from './samples';

describe('postsCsv', () => {
  const csv = postsCsv([sampleDump()], new Map([['linkedin:company/acme', new Map([['7390000000000000001', ['sales-only-timeline' as const]]])]]));
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('has one row per post under a stable header', () => {
    expect(lines[0]).toBe(POSTS_CSV_HEADER.join(','));
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it('writes the latest counts, the flags, and a text that cannot run as a formula', () => {
    expect(lines[1]).toContain(',2026-11-15T09:00:00.000Z,false,14,2,1,,1,#kaas #korting,false,sales-only-timeline,');
    expect(lines[1]?.endsWith(`"'=cmd|""/c calc""!A1 Order now: 20% off!"`)).toBe(true);
  });

  it('leaves unknown counts empty', () => {
    expect(lines[2]).toContain('7390000000000000002,,true,,,,,0,,true,,');
  });
});
