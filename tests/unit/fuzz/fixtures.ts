/**
 * Every saved page under tests/fixtures/{linkedin,facebook}, found at run time so the fuzz covers
 * fixtures as they are added, with the URL each represents (from its header comment, or from its
 * name) and the platform's reader.
 */
import { Window } from 'happy-dom';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { facebookReader } from '../../../lib/platforms/facebook/reader';
import { linkedinReader } from '../../../lib/platforms/linkedin/reader';
import type { PlatformReader } from '../../../lib/platforms/types';
import { DEMO_PAGES } from '../../fixtures/synthetic/demo-pages';

export interface Fixture {
  name: string;
  platform: 'linkedin' | 'facebook';
  url: string;
  html: string;
  reader: PlatformReader;
}

const ROOT = resolve(process.cwd(), 'tests/fixtures');

function linkedinUrl(name: string, html: string): string {
  if (name.includes('company')) {
    const slug = /linkedin\.com\/company\/([^/"?]+)/.exec(html)?.[1] ?? 'fixture-company';
    return `https://www.linkedin.com/company/${slug}/posts/`;
  }
  if (name.includes('activity')) {
    const person = /linkedin\.com\/in\/([^/"?]+)/.exec(html)?.[1] ?? 'fixture-person';
    return `https://www.linkedin.com/in/${person}/recent-activity/all/`;
  }
  if (name.includes('post')) {
    const urn = /urn:li:(?:activity|ugcPost|share):\d{19}/.exec(html)?.[0] ?? 'urn:li:activity:7300000000000000000';
    return `https://www.linkedin.com/feed/update/${urn}/`;
  }
  return 'https://www.linkedin.com/feed/';
}

export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const platform of ['linkedin', 'facebook'] as const) {
    let names: string[];
    try {
      names = readdirSync(join(ROOT, platform)).filter((n) => n.endsWith('.html')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const html = readFileSync(join(ROOT, platform, name), 'utf8');
      const declared = /URL:\s*(https:\/\/\S+)/.exec(html)?.[1];
      const url = declared ?? (platform === 'linkedin' ? linkedinUrl(name, html) : 'https://www.facebook.com/');
      out.push({ name: `${platform}/${name}`, platform, url, html, reader: platform === 'linkedin' ? linkedinReader : facebookReader });
    }
  }
  for (const demo of DEMO_PAGES) {
    // the demo pages reveal posts from <template>s by a page script; the fuzz reads them inline
    const html = demo.html.replace(/<template class="echt-demo-post">([\s\S]*?)<\/template>/g, '$1').replace(/<script>[\s\S]*?<\/script>/g, '');
    out.push({ name: `synthetic/${demo.company.slug}`, platform: 'linkedin', url: demo.url, html, reader: linkedinReader });
  }
  return out;
}

/**
 * Fresh happy-dom windows for the fuzz, each used for a few pages and then closed: reusing one
 * document for thousands of pages grows happy-dom's selector caches without bound (about 12 MB a
 * page here), and a window per page costs more than the reading.
 */
export class Pages {
  private window: Window | null = null;
  private uses = 0;
  private readonly bodies = new Map<string, { lang: string; title: string; body: string }>();

  constructor(private readonly pagesPerWindow = 20) {}

  /**
   * A document holding the fixture's body at the fixture's URL. `prepare` runs once per fixture on
   * the first load (e.g. tagging the cards); later loads start from the prepared body.
   */
  async load(fixture: Fixture, prepare?: (doc: Document) => void): Promise<Document> {
    if (!this.window || this.uses >= this.pagesPerWindow) {
      await this.window?.happyDOM.close();
      this.window = new Window({ url: fixture.url });
      this.uses = 0;
    }
    this.uses++;
    const win = this.window;
    if (win.location.href !== fixture.url) win.happyDOM.setURL(fixture.url);
    const doc = win.document as unknown as Document;
    let parsed = this.bodies.get(fixture.name);
    if (!parsed) {
      const source = new win.DOMParser().parseFromString(fixture.html, 'text/html');
      doc.documentElement.setAttribute('lang', source.documentElement.getAttribute('lang') ?? 'en');
      doc.title = source.title;
      doc.body.innerHTML = source.body.innerHTML;
      prepare?.(doc);
      parsed = { lang: doc.documentElement.getAttribute('lang') ?? 'en', title: doc.title, body: doc.body.innerHTML };
      this.bodies.set(fixture.name, parsed);
    }
    doc.documentElement.setAttribute('lang', parsed.lang);
    doc.title = parsed.title;
    doc.body.innerHTML = parsed.body;
    return doc;
  }

  async close(): Promise<void> {
    await this.window?.happyDOM.close();
    this.window = null;
  }
}
