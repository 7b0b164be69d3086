/**
 * Loads a LinkedIn fixture into the test document at the URL it was "captured" from, so readers
 * see the same `<html lang>` and `location` they would in the tab.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CardResult, PostObservation } from '../../../lib/platforms/types';
import { linkedinReader } from '../../../lib/platforms/linkedin/reader';

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

export function loadFixture(name: string, url: string): Document {
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures/linkedin', name), 'utf8');
  (window as unknown as HappyDomWindow).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

/** Every card of the document, read. */
export function readAll(now: number): CardResult[] {
  return linkedinReader.findCards(document).map((card) => linkedinReader.readCard(card, now));
}

/** The posts among the results (skipped cards dropped). */
export function postsOf(results: CardResult[]): PostObservation[] {
  return results.flatMap((result) => (result.kind === 'post' ? [result.post] : []));
}
