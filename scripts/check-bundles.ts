/**
 * `npm run check:bundles` (part of `npm test`, after the build): content scripts stay sensors.
 *
 * Fails (exit 1) when a content script of the production build (.output/chrome-mv3)
 * - contains React, zod or Dexie code, recognised by strings those libraries keep after
 *   minification (error names, element symbols), or the benchmark probe, which only
 *   `wxt build --mode bench` may contain;
 * - is larger than its budget (minified bytes; sizes are deterministic, times are not checked).
 *
 * The signatures are checked against the extension pages too: the popup must contain React and
 * Dexie and the background zod, or the signatures went stale and the check would pass blindly.
 * Popup, dashboard and background sizes are reported, not limited.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const OUTPUT_DIR = resolve('.output/chrome-mv3');

/** Minified bytes a content script may have (issue 7: ≤ 30 KB each). */
export const CONTENT_SCRIPT_BUDGET = 30_000;

/**
 * Temporary, named exceptions to the budget: the script may not grow past `bytes`, and the check
 * keeps saying it is over the target. Delete an entry to enforce the 30 KB target for that script.
 * (2026-11-23: both readers carry two markup generations, comment parsing and time/count parsers
 * for every locale, and the show-me/badge code; what each script is made of is in BENCHMARKS.md §5.
 * Sizes on 2026-11-23: linkedin 45.6 / facebook 37.0 kB at 21:40, 47.6 / 38.5 kB at 22:30, 49.2 / 39.9 kB
 * at 22:40 (send retries, pagehide flush); at 23:55 HEAD builds 51.9 / 42.1 kB (readers slimmed,
 * collector warm-up added, overlay trimmed), so facebook's allowance came down to 42.5 kB. At 00:20
 * the Facebook reader's speed work (fast paths for plain-ASCII text, per-card lookups, count-shape
 * warm-up) made it 42.9 kB: the lead put its allowance back at the 43.0 kB it had this morning,
 * trading 0.4 kB for a reader 2× cheaper per card. Raising these again needs the lead's say-so.)
 */
export const ALLOWANCES: Record<string, { bytes: number; why: string }> = {
  linkedin: { bytes: 52_000, why: 'LinkedIn reader for legacy + SDUI markup, comments, show-me, send retries' },
  facebook: { bytes: 43_000, why: 'Facebook reader for 2024 + 2026 markup, comments, show-me, send retries' },
};

export const SIGNATURES: Record<string, readonly string[]> = {
  React: ['react.transitional.element', 'Minified React error', '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE'],
  zod: ['$ZodError', 'ZodError', '$ZodType'],
  Dexie: ['DexieError', 'MissingAPIError', 'DatabaseClosedError'],
  'bench probe': ['echt-bench:probe'],
};

/** Which libraries each extension page must contain for the signatures to be trusted. */
const EXPECTED_IN = [
  { what: 'popup', library: 'React' },
  { what: 'popup', library: 'Dexie' },
  { what: 'background', library: 'zod' },
] as const;

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleGroup {
  name: string;
  kind: 'content script' | 'extension page' | 'background';
  files: BundleFile[];
  bytes: number;
  gzipBytes: number;
  libraries: string[];
  budget: number | null;
  /** The temporary ceiling above the budget, when the script has an allowance. */
  allowance: number | null;
}

export interface BundleReport {
  groups: BundleGroup[];
  problems: string[];
}

function fileInfo(dir: string, file: string): BundleFile {
  const content = readFileSync(join(dir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

function librariesIn(code: string): string[] {
  return Object.entries(SIGNATURES)
    .filter(([, needles]) => needles.some((needle) => code.includes(needle)))
    .map(([library]) => library);
}

function group(dir: string, name: string, kind: BundleGroup['kind'], files: string[], budget: number | null): BundleGroup {
  const infos = files.map((file) => fileInfo(dir, file));
  const code = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  return {
    name,
    kind,
    allowance: budget !== null ? (ALLOWANCES[name]?.bytes ?? null) : null,
    files: infos,
    bytes: infos.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: infos.reduce((sum, f) => sum + f.gzipBytes, 0),
    libraries: librariesIn(code),
    budget,
  };
}

/**
 * Scripts an HTML page loads, with every chunk they import, statically or lazily (`import()` with
 * any quote, as Vite writes it for a lazily rendered page), followed to the end.
 */
function scriptsOfPage(dir: string, html: string): string[] {
  const found = new Set<string>();
  const source = readFileSync(join(dir, html), 'utf8');
  for (const match of source.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)) if (match[1]) found.add(match[1]);
  const IMPORT = /from\s*["'](?:\.\.?\/)*((?:chunks\/)?[\w.-]+\.js)["']|import\(\s*["'`](?:\.\.?\/)*((?:chunks\/)?[\w.-]+\.js)["'`]\s*\)/g;
  for (const file of found) {
    // A Set iterates the entries added while iterating: every chunk is read once.
    const code = readFileSync(join(dir, file), 'utf8');
    for (const match of code.matchAll(IMPORT)) {
      const name = match[1] ?? match[2];
      if (!name) continue;
      const path = name.startsWith('chunks/') ? name : `chunks/${name}`;
      if (existsSync(join(dir, path))) found.add(path);
    }
  }
  return [...found];
}

export function inspectBundles(dir = OUTPUT_DIR): BundleReport {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return { groups: [], problems: [`no build at ${relative(process.cwd(), dir)}: run \`npm run build\` first`] };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
    background?: { service_worker?: string };
  };
  const groups: BundleGroup[] = [];
  for (const script of manifest.content_scripts ?? []) {
    for (const file of script.js ?? []) {
      groups.push(group(dir, file.replace(/^content-scripts\//, '').replace(/\.js$/, ''), 'content script', [file], CONTENT_SCRIPT_BUDGET));
    }
  }
  if (manifest.background?.service_worker) groups.push(group(dir, 'background', 'background', [manifest.background.service_worker], null));
  for (const html of readdirSync(dir).filter((f) => f.endsWith('.html') && statSync(join(dir, f)).isFile())) {
    groups.push(group(dir, html.replace(/\.html$/, ''), 'extension page', scriptsOfPage(dir, html), null));
  }

  const problems: string[] = [];
  if (!groups.some((g) => g.kind === 'content script')) problems.push('the manifest lists no content scripts');
  for (const g of groups.filter((g) => g.kind === 'content script')) {
    for (const library of g.libraries) problems.push(`content script ${g.name} contains ${library} code`);
    const limit = g.allowance ?? g.budget;
    if (limit !== null && g.bytes > limit) {
      const what = g.allowance !== null ? `its temporary allowance of ${(g.allowance / 1000).toFixed(1)} kB (target ${((g.budget ?? 0) / 1000).toFixed(0)} kB)` : `its ${((g.budget ?? 0) / 1000).toFixed(0)} kB budget`;
      problems.push(`content script ${g.name} is ${(g.bytes / 1000).toFixed(1)} kB minified, over ${what}`);
    }
  }
  for (const { what, library } of EXPECTED_IN) {
    const g = groups.find((candidate) => candidate.name === what);
    if (g && !g.libraries.includes(library)) problems.push(`the ${library} signatures no longer match the ${what} bundle: update SIGNATURES in scripts/check-bundles.ts`);
  }
  return { groups, problems };
}

function main(): void {
  const report = inspectBundles();
  for (const g of report.groups) {
    const over = g.budget !== null && g.bytes > g.budget;
    const allowance = g.allowance !== null ? `, allowed up to ${(g.allowance / 1000).toFixed(1)} kB for now (${ALLOWANCES[g.name]?.why})` : '';
    const budget = g.budget !== null ? ` / target ${(g.budget / 1000).toFixed(0)} kB${over ? ' ⚠ over' : ''}${over ? allowance : ''}` : '';
    const libraries = g.libraries.length > 0 ? ` [${g.libraries.join(', ')}]` : '';
    console.log(`${g.kind.padEnd(14)} ${g.name.padEnd(12)} ${(g.bytes / 1000).toFixed(1).padStart(7)} kB minified, ${(g.gzipBytes / 1000).toFixed(1).padStart(6)} kB gzip${budget}${libraries}`);
  }
  if (report.problems.length > 0) {
    for (const problem of report.problems) console.error(`✗ ${problem}`);
    console.error(`check:bundles failed (${report.problems.length} problem${report.problems.length > 1 ? 's' : ''}); BENCHMARKS.md shows what each content script is made of.`);
    process.exit(1);
  }
  const over = report.groups.filter((g) => g.budget !== null && g.bytes > g.budget);
  console.log(`✓ content scripts are free of React, zod and Dexie${over.length ? `; ${over.map((g) => g.name).join(', ')} over the 30 kB target within a temporary allowance` : ' and within budget'}`);
}

if (import.meta.main) main();
