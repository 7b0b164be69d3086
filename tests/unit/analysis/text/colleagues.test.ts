import { describe, expect, it } from 'vitest';
import { colleagueMatcher } from '../../../../lib/analysis/colleagues';

describe('colleagues', () => {
  it('recognises headlines naming the company, with or without its legal form', () => {
    const isColleague = colleagueMatcher('Bakkerij de Vries B.V.');
    expect(isColleague('Verkoper bij Bakkerij de Vries')).toBe(true);
    expect(isColleague('Owner @ BAKKERIJ DE VRIES BV')).toBe(true);
    expect(isColleague('Baker at Bakkerij de Vriesland')).toBe(false);
    expect(isColleague(null)).toBe(false);
  });

  it('does not guess with names too short to tell apart', () => {
    expect(colleagueMatcher('AB')('Engineer at AB InBev')).toBe(false);
    expect(colleagueMatcher(null)('Engineer at Acme')).toBe(false);
  });
});
