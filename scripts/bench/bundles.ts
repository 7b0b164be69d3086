/**
 * What each content script is made of: its reader and the collector bundled and minified the way
 * the build does, with each module's share. Sizes are before minification's cross-module savings,
 * so shares are indicative; the totals that count are those of the real build (check-bundles.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { rolldown } from 'rolldown';

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
    const { output } = await build.generate({ format: 'iife', minify: true });
    await build.close();
    const chunk = output[0];
    if (!chunk || chunk.type !== 'chunk') continue;
    const modules = Object.entries(chunk.modules)
      .map(([id, info]) => ({ module: relative(process.cwd(), id), bytes: info.renderedLength }))
      .filter((m) => m.bytes > 0 && !m.module.startsWith('node_modules/.cache'))
      .sort((a, b) => b.bytes - a.bytes);
    out.push({ script: platform, minifiedBytes: chunk.code.length, modules });
  }
  return out;
}
