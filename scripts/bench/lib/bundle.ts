/**
 * Bundles a TypeScript module of the app for the benchmarks: for Node (the pure core, storage
 * on fake-indexeddb) or as a browser script (a reader, the store seeder). Uses rolldown, the
 * bundler WXT's Vite runs on, so no extra dependency. Output goes under node_modules/.cache so
 * bare imports left external (dexie, fake-indexeddb) resolve from the project.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';

const CACHE = resolve('node_modules/.cache/echt-bench');

export async function bundleCode(entry: string, options: { format: 'esm' | 'iife'; name?: string; external?: string[] }): Promise<string> {
  const build = await rolldown({
    input: resolve(entry),
    platform: options.format === 'iife' ? 'browser' : 'node',
    external: options.external,
    logLevel: 'silent',
    // Extension-only globals some modules mention: the benchmarks never reach those paths.
    transform: { define: { 'import.meta.env.MODE': '"production"' } },
  });
  const { output } = await build.generate({ format: options.format, name: options.name, minify: false });
  await build.close();
  const chunk = output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${entry} gave no code`);
  return chunk.code;
}

/** Bundles entry for Node and imports it. */
export async function importBundled<T>(entry: string, external: string[] = []): Promise<T> {
  mkdirSync(CACHE, { recursive: true });
  const code = await bundleCode(entry, { format: 'esm', external });
  const file = join(CACHE, `${entry.replace(/[^a-z0-9]+/gi, '-')}-${process.pid}.mjs`);
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as T;
}
