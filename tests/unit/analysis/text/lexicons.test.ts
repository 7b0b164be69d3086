import { describe, expect, it } from 'vitest';
import {
  baitByKind,
  baitExceptions,
  corporateNews,
  genericPraise,
  LEXICONS,
  questionInvitations,
  salesCallsToAction,
  salesWords,
} from '../../../../lib/analysis/text/lexicon';
import { en } from '../../../../lib/analysis/text/lexicons/en';
import { nl } from '../../../../lib/analysis/text/lexicons/nl';
import { BAIT_KINDS } from '../../../../lib/analysis/text/lexicons/types';
import { foldText } from '../../../../lib/analysis/text/normalize';
import { asksQuestion } from '../../../../lib/analysis/text/questions';

describe('lexicon data', () => {
  it('fills every list in both languages, bait for every kind', () => {
    for (const lexicon of [en, nl]) {
      for (const [name, list] of Object.entries(lexicon)) {
        if (Array.isArray(list)) expect(list.length, name).toBeGreaterThan(0);
      }
      for (const kind of BAIT_KINDS) expect(lexicon.bait[kind].length, kind).toBeGreaterThan(0);
    }
    expect(LEXICONS).toHaveLength(2);
  });

  it('writes every phrase already folded (lower case, no accents), without duplicates', () => {
    for (const lexicon of [en, nl]) {
      const lists = [
        lexicon.salesCallsToAction,
        lexicon.salesWords,
        lexicon.baitExceptions,
        lexicon.genericPraise,
        lexicon.questionInvitations,
        lexicon.corporateNews,
        ...BAIT_KINDS.map((kind) => lexicon.bait[kind]),
      ];
      for (const list of lists) {
        for (const phrase of list) expect(foldText(phrase), phrase).toBe(phrase.trim());
        expect(new Set(list).size).toBe(list.length);
      }
    }
  });
});

describe('lexicon matching', () => {
  it('finds Dutch and English sales calls, at word boundaries only', () => {
    expect(salesCallsToAction.find('Bestel nu en krijg GRATIS verzending!')).toEqual(['bestel nu', 'gratis verzending']);
    expect(salesCallsToAction.find('Shop now')).toEqual(['shop now']);
    expect(salesWords.find('Our wholesale partners')).toEqual([]);
    expect(salesWords.find('Mega uitverkoop met korting')).toEqual(['uitverkoop', 'korting']);
  });

  it('finds bait by kind in both languages', () => {
    expect(baitByKind.share.find('Deel dit bericht als je het ermee eens bent')).toContain('deel dit bericht');
    expect(baitByKind.tag.find('Tag a friend who needs coffee')).toEqual(['tag a friend']);
    expect(baitByKind.puzzle.find('Alleen slimme mensen kunnen dit oplossen 🤔')).toEqual(['alleen slimme mensen']);
    expect(baitByKind.comment.find('Type AMEN if you agree')).toEqual(['type amen']);
    expect(baitByKind.reach.find('Like voor bereik!')).toEqual(['like voor bereik']);
    expect(baitExceptions.find('Vermist: onze kat Minoes')).toEqual(['vermist']);
  });

  it('finds stock praise and can cut it out', () => {
    expect(genericPraise.find('Goed bezig!!')).toEqual(['goed bezig']);
    expect(genericPraise.remove('Great post, Anna').trim()).toBe(', anna');
  });

  it('detects questions by mark or invitation, not by a "?" in a link', () => {
    expect(asksQuestion('Wat is jouw favoriete broodje?')).toBe(true);
    expect(asksQuestion('Laat het ons weten in de reacties.')).toBe(true);
    expect(asksQuestion('Let us know below.')).toBe(true);
    expect(asksQuestion('Read more: https://acme.nl/blog?utm_source=li')).toBe(false);
    expect(asksQuestion('We opened a new office in Delft.')).toBe(false);
  });

  it('finds corporate news phrasing', () => {
    expect(corporateNews.find('Trots om aan te kondigen dat...')).toEqual(['trots om aan te kondigen']);
    expect(corporateNews.find('Acme announces its annual results')).toEqual(['announces', 'annual results']);
    expect(questionInvitations.find('We are proud')).toEqual([]);
  });
});
