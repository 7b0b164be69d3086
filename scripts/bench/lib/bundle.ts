/**
 * Bundles a TypeScript module of the app for the benchmarks: for Node (the pure core) or as a
 * browser script (a reader, the store seeder, the storage benchmark). Uses rolldown, the bundler
 * WXT's Vite runs on, so no extra dependency.
 */
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';

export async function bundleCode(entry: string, options: { format: 'esm' | 'iife'; name?: string; external?: string[] }): Promise<string> {
  const build = await rolldown({
    input: resolve(entry),
    platform: options.format === 'iife' ? 'browser' : 'node',
    external: options.external,
    logLevel: 'silent',
    // As in a production build: the bench probe's branch is dropped.
    transform: { define: { 'import.meta.env.MODE': '"production"' } },
  });
  const { output } = await build.generate({ format: options.format, name: options.name, minify: false });
  await build.close();
  const chunk = output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${entry} gave no code`);
  return chunk.code;
}
