/**
 * The LinkedIn count sentences of dom-facts §3 read through the locale table, including the public
 * parsers' known bugs (lhremote #952) and the Dutch [U] strings; and the name cleaning used on
 * author blocks.
 */
import { describe, expect, it } from 'vitest';
import { parseBand, parseLabelledCount } from '../../../lib/platforms/shared/parse-count';
import { cleanName, nameFromAvatarLabel } from '../../../lib/platforms/linkedin/author';
import { LINKEDIN_LOCALES, nameFromControlMenu } from '../../../lib/platforms/linkedin/locale';

const { en, nl } = LINKEDIN_LOCALES;

describe('English LinkedIn count sentences (dom-facts §3, verified)', () => {
  it.each([
    ['2,948 reactions', en.reactions, 2948], // #1
    ['221 comments', en.comments, 221], // #2
    ['305 reposts', en.reposts, 305], // #3
    ['150 reactions', en.reactions, 150], // #4
    ['13 comments on Arjun V Paul .’s post', en.comments, 13], // #5
    ['5 Reactions on Vipin Gautam\'s comment', en.reactions, 5], // #6
    ['4,112 followers', en.followers, 4112], // #7
    ['352 impressions', en.impressions, 352], // #11
    ['7 impressions · 0 engagements', en.impressions, 7], // #12
    ['1 comment', en.comments, 1],
    ['1 repost', en.reposts, 1],
    ['1.2K reactions', en.reactions, 1200], // lhremote's regex refused this
    ['2.948 reactions', en.reactions, 2948], // lhremote read this as 948
    ['500+ connections', en.connections, 500],
  ])('%s → %d', (text, labels, value) => {
    expect(parseLabelledCount(text, labels)).toBe(value);
  });

  it('does not read other languages’ count words as English (lhremote #952)', () => {
    for (const text of ['241 Kommentare', '241 comentarios', '241 commentaires', '241 commenti']) {
      expect(parseLabelledCount(text, en.comments)).toBeNull();
    }
  });

  it.each([
    ['10,001+ employees', { min: 10001, max: null }], // #8
    ['201-500 employees', { min: 201, max: 500 }], // #9
    ['2–10 employees', { min: 2, max: 10 }], // #10, en dash
  ])('%s → band', (text, band) => {
    expect(parseBand(text)).toEqual(band);
  });
});

describe('Dutch LinkedIn count sentences [U]', () => {
  it.each([
    ['56 reacties', nl.comments, 56],
    ['56 reacties op het bericht van Fietsfabriek Oost', nl.comments, 56],
    ['1 reactie', nl.comments, 1],
    ['12 opmerkingen', nl.comments, 12],
    ['7 reposts', nl.reposts, 7],
    ['3 keer gedeeld', nl.reposts, 3],
    ['2.310 weergaven', nl.impressions, 2310],
    ['1.870 volgers', nl.followers, 1870],
    ['1,2K volgers', nl.followers, 1200], // CLDR nl compact (#30)
    ['1,2 mln. volgers', nl.followers, 1200000], // #32
  ])('%s → %d', (text, labels, value) => {
    expect(parseLabelledCount(text, labels)).toBe(value);
  });

  it('never reads "reacties" (comments in LinkedIn NL) as reactions', () => {
    expect(parseLabelledCount('1.234 reacties', nl.reactions)).toBeNull();
  });
});

describe('names in author blocks', () => {
  it.each([
    ['Avery Lindqvist Verified Profile 1st', 'Avery Lindqvist'], // Feedhacker 2026-09
    ['Priya Raghunathan Premium Profile 2nd', 'Priya Raghunathan'],
    ['Taminul Islam • 2nd', 'Taminul Islam'],
    ['Havenlicht Energie Author', 'Havenlicht Energie'], // lhremote PR #803: "Name Author"
    ['Ada de Vries Premium Profile You', 'Ada de Vries'],
    ['Noor Haddad • 3rd+', 'Noor Haddad'],
  ])('%s → %s', (raw, name) => {
    expect(cleanName(raw, en)).toBe(name);
  });

  it('strips the Dutch badge [U] and keeps English ones on Dutch pages', () => {
    expect(cleanName('Bakkerij Vers Auteur', nl)).toBe('Bakkerij Vers');
    expect(cleanName('Bakkerij Vers Author', nl)).toBe('Bakkerij Vers');
  });

  it('reads names from avatar labels and control menus', () => {
    expect(nameFromAvatarLabel('View Ada Lovelace’s profile', en)).toBe('Ada Lovelace');
    expect(nameFromAvatarLabel("View Bram de Vries' profile", en)).toBe('Bram de Vries');
    expect(nameFromAvatarLabel('View Abdur Rahim Sheikh’s profile, open to work', en)).toBe('Abdur Rahim Sheikh');
    expect(nameFromAvatarLabel('Profiel van Jan Jansen bekijken', nl)).toBe('Jan Jansen');
    expect(nameFromAvatarLabel('Kade Logistics', en)).toBeNull();
    expect(nameFromControlMenu('Open control menu for post by Kade Logistics')).toBe('Kade Logistics');
    expect(nameFromControlMenu('Open het bedieningsmenu voor bericht van Bakkerij Vers')).toBe('Bakkerij Vers');
    expect(nameFromControlMenu('Steuerungsmenü für Beitrag von Jonas Weber öffnen')).toBeNull();
  });
});
