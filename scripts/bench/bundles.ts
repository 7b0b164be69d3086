/**
 * What each content script is made of: its reader and the collector bundled the way the build
 * does, each module's code minified on its own (whitespace and local names; within a few % of the
 * minified bundle). The totals that count are those of the real build (scripts/check-bundles.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { minifySync } from 'rolldown/experimental';

export interface Composition {
  script: string;
  minifiedBytes: number;
  modules: Array<{ module: string; bytes: number }>;
}

export async function bundleComposition(platforms = ['linkedin', 'facebook']): Promise<Composition[]> {
  const dir = resolve('node_modules/.cache/echt-bench');
  mkdirSync(dir, { recursive: true });
  const out: Composition[] = [];
  for (const platform of platforms) {
    const reader = resolve(`lib/platforms/${platform}/reader.ts`);
    if (!existsSync(reader)) continue;
    const entry = join(dir, `content-${platform}.ts`);
    writeFileSync(entry, `export * from ${JSON.stringify(reader)};\nexport { startCollector } from ${JSON.stringify(resolve('lib/collector/index.ts'))};\n`);
    const build = await rolldown({ input: entry, platform: 'browser', logLevel: 'silent', transform: { define: { 'import.meta.env.MODE': '"production"' } } });
    const { output } = await build.generate({ format: 'iife', minify: false });
    const minified = await build.generate({ format: 'iife', minify: true });
    await build.close();
    const chunk = output[0];
    const min = minified.output[0];
    if (!chunk || chunk.type !== 'chunk' || !min || min.type !== 'chunk') continue;
    const modules = Object.entries(chunk.modules)
      .map(([id, info]) => ({ module: relative(process.cwd(), id), bytes: minifySync('module.js', info.code ?? '', { compress: false, mangle: true }).code.length }))
      .filter((m) => m.bytes > 0 && !m.module.startsWith('node_modules/.cache'))
      .sort((a, b) => b.bytes - a.bytes);
    out.push({ script: platform, minifiedBytes: min.code.length, modules });
  }
  return out;
}
