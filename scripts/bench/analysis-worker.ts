/**
 * One analysis measurement in a worker thread, so a size that takes too long can be stopped
 * (scripts/bench/analysis.ts). Times analyze(), JSON.parse of the same timeline, and each rule
 * on its own (to find the rule that does not scale).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { Timeline } from '../../lib/analysis/model.ts';
import { syntheticTimeline, type TimelineShape } from './data.ts';

interface Core {
  analyze: (timeline: Timeline) => unknown;
  RULES: Record<string, { thresholds: unknown; evaluate: (ctx: unknown, thresholds: unknown) => unknown }>;
  buildContext: (timeline: Timeline) => unknown;
  resolveThresholds: (specs: unknown, overrides?: unknown) => unknown;
}

const { bundle, shape, runs } = workerData as { bundle: string; shape: TimelineShape; runs: number };
const timeline = syntheticTimeline(0, shape);
const json = JSON.stringify(timeline);

function timeIt(fn: () => unknown): number {
  const began = performance.now();
  fn();
  return performance.now() - began;
}

// A worker is a fresh JavaScript engine: loading the core and its first analyze() here cost what
// a popup pays on every open (a fresh document), before any code or regular expression is compiled.
const importBegan = performance.now();
const core = (await import(pathToFileURL(bundle).href)) as Core;
const importMs = performance.now() - importBegan;
const firstMs = timeIt(() => core.analyze(timeline)); // also the warm-up: compile, caches
JSON.parse(json);
const analyzeMs: number[] = [];
const parseMs: number[] = [];
for (let i = 0; i < runs; i++) {
  // Alternate, so a noisy moment hits both.
  parseMs.push(timeIt(() => JSON.parse(json)));
  analyzeMs.push(timeIt(() => core.analyze(timeline)));
}
const ruleMs: Record<string, number[]> = { buildContext: [] };
for (let i = 0; i < Math.min(runs, 3); i++) {
  let ctx: unknown;
  ruleMs.buildContext?.push(timeIt(() => (ctx = core.buildContext(timeline))));
  for (const [id, rule] of Object.entries(core.RULES)) {
    const thresholds = core.resolveThresholds(rule.thresholds, undefined);
    (ruleMs[id] ??= []).push(timeIt(() => rule.evaluate(ctx, thresholds)));
  }
}
parentPort?.postMessage({ analyzeMs, parseMs, ruleMs, jsonBytes: Buffer.byteLength(json), importMs, firstMs });
