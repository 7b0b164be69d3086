import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(__dirname, '../../fixtures/facebook');

/**
 * Puts a saved page into the test document: its body and its `<html lang>` (the reader picks its
 * locale table from that). The live document, not a parsed one, so computed styles work.
 */
export function loadFixture(name: string): Document {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? 'en');
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}
