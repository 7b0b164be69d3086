/** The extensions a benchmark run loads: Echt's bench build and a bare reference extension. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCTION_DIR = resolve('.output/chrome-mv3');
export const BENCH_DIR = resolve('.output/chrome-mv3-bench');

/**
 * `wxt build --mode bench`: the production build plus the collector's probe (lib/collector/
 * bench-probe.ts), which the production build drops. NODE_ENV=production keeps React and every
 * library in their production flavour, so popup timings are those of the shipped popup.
 */
export function buildBenchExtension(): string {
  execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  if (!existsSync(join(BENCH_DIR, 'manifest.json'))) throw new Error(`bench build missing: ${BENCH_DIR}`);
  writeFileSync(join(BENCH_DIR, BLANK_PAGE), BLANK_PAGE_HTML);
  return BENCH_DIR;
}

/**
 * The popup's floor on this machine: a packaged extension page with no script and no stylesheet,
 * opened and timed exactly like the popup. Only the bench build has it (written after the build).
 */
export const BLANK_PAGE = 'bench-blank.html';
const BLANK_PAGE_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><div id="root"><p data-testid="empty-page">Blank</p></div></body></html>\n';

/**
 * The yardstick of issue 7: a content script that only counts the posts as they appear — one
 * MutationObserver, one selector query per added subtree, nothing read, nothing sent.
 */
export const REFERENCE_SCRIPT = (cardSelector: string): string => `(() => {
  const SEL = ${JSON.stringify(cardSelector)};
  const seen = new WeakSet();
  let count = 0;
  const countIn = (root) => {
    if (root.matches(SEL) && !seen.has(root)) { seen.add(root); count++; }
    for (const el of root.querySelectorAll(SEL)) if (!seen.has(el)) { seen.add(el); count++; }
  };
  countIn(document.body);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) countIn(node);
  }).observe(document.body, { childList: true, subtree: true });
  document.addEventListener('echt-bench:probe', () => document.documentElement.setAttribute('data-reference-count', String(count)));
})();
`;

export function buildReferenceExtension(cardSelector: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'echt-bench-reference-'));
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Reference post counter',
    version: '1.0.0',
    content_scripts: [{ matches: ['https://www.linkedin.com/*', 'https://www.facebook.com/*'], js: ['count.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'count.js'), REFERENCE_SCRIPT(cardSelector));
  return dir;
}
