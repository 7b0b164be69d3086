import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../lib/export/csv';

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
  });

  it('leaves ordinary text and numbers as they are', () => {
    expect(csvCell('Great post')).toBe('Great post');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1234.5)).toBe('1234.5');
    expect(csvCell(true)).toBe('true');
  });

  it('writes unknown as empty, never as 0', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('cheese, bread')).toBe('"cheese, bread"');
    expect(csvCell('say "kaas"')).toBe('"say ""kaas"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [null, '=y']])).toBe("\uFEFFa,b\r\n1,x\r\n,'=y\r\n");
  });
});
