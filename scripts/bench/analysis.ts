/**
 * Analysis scaling (issue 7 §4): analyze() on 100 / 1,000 / 10,000 posts against JSON.parse of the
 * same timeline, in Node. Each size runs in a worker thread with a time limit.
 */
import { Worker } from 'node:worker_threads';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleCode } from './lib/bundle.ts';
import { summarize, type Summary } from './lib/stats.ts';
import type { TimelineShape } from './data.ts';

export interface AnalysisSize {
  posts: number;
  shape: TimelineShape;
  jsonBytes: number;
  analyze: Summary;
  parse: Summary;
  /** analyze ÷ JSON.parse, per run. */
  ratio: Summary;
  rules: Record<string, number>;
  /** Loading the bundled core in a fresh engine (a worker), ms. */
  importMs: number | null;
  /** The first analyze() in that fresh engine, before anything is compiled (what a popup open pays), ms. */
  firstMs: number | null;
  timedOut: boolean;
}

export const ANALYSIS_SIZES = [100, 1000, 10_000];
const LIMIT_MS = 90_000;

async function measure(bundle: string, shape: TimelineShape, runs: number): Promise<Omit<AnalysisSize, 'posts' | 'shape'>> {
  const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { workerData: { bundle, shape, runs } });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      const empty = summarize([]);
      done({ jsonBytes: 0, analyze: empty, parse: empty, ratio: empty, rules: {}, importMs: null, firstMs: null, timedOut: true });
    }, LIMIT_MS);
    worker.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    worker.once('message', (m: { analyzeMs: number[]; parseMs: number[]; ruleMs: Record<string, number[]>; jsonBytes: number; importMs: number; firstMs: number }) => {
      clearTimeout(timer);
      void worker.terminate();
      const ratios = m.analyzeMs.map((a, i) => a / (m.parseMs[i] ?? Number.NaN));
      const rules = Object.fromEntries(Object.entries(m.ruleMs).map(([id, values]) => [id, summarize(values).median]));
      done({
        jsonBytes: m.jsonBytes,
        analyze: summarize(m.analyzeMs),
        parse: summarize(m.parseMs),
        ratio: summarize(ratios),
        rules,
        importMs: m.importMs,
        firstMs: m.firstMs,
        timedOut: false,
      });
    });
  });
}

export async function benchAnalysis(log: (line: string) => void, runs = 7): Promise<AnalysisSize[]> {
  const dir = resolve('node_modules/.cache/echt-bench');
  mkdirSync(dir, { recursive: true });
  const bundle = join(dir, 'analysis.mjs');
  writeFileSync(bundle, await bundleCode('scripts/bench/analysis-entry.ts', { format: 'esm' }));
  const out: AnalysisSize[] = [];
  for (const posts of ANALYSIS_SIZES) {
    // Ten snapshots and five comments per post, as a page read often for months would have.
    const shape: TimelineShape = { posts, snapshotsPerPost: 10, commentsPerPost: 5 };
    const result = await measure(bundle, shape, posts >= 10_000 ? Math.max(5, Math.ceil(runs / 2)) : runs);
    out.push({ posts, shape, ...result });
    log(
      result.timedOut
        ? `  analyze ${posts} posts: did not finish within ${LIMIT_MS / 1000} s`
        : `  analyze ${posts} posts: ${result.analyze.median.toFixed(1)} ms, JSON.parse ${result.parse.median.toFixed(1)} ms (×${result.ratio.median.toFixed(2)}); cold: import ${result.importMs?.toFixed(1)} ms, first analyze ${result.firstMs?.toFixed(1)} ms`,
    );
    if (result.timedOut) break;
  }
  return out;
}
