/**
 * Benchmark builds only (`wxt build --mode bench`, see scripts/bench): lets the benchmark ask the
 * collector for its figures. The page dispatches `echt-bench:probe`; the answer is written to an
 * attribute of <html>, which the page can read (content scripts live in another JS world).
 * Production builds never contain this module: the call site is dead code there, and
 * scripts/check-bundles.ts fails the build if the event name appears in a shipped content script.
 */
import type { Collector } from './collector';

export const PROBE_EVENT = 'echt-bench:probe';
export const PROBE_ATTRIBUTE = 'data-echt-bench';

export function exposeToBenchmark(collector: Collector, signal: AbortSignal): void {
  document.addEventListener(
    PROBE_EVENT,
    () => {
      const figures = { longestSliceMs: collector.longestSliceMs, ...collector.stats };
      document.documentElement.setAttribute(PROBE_ATTRIBUTE, JSON.stringify(figures));
    },
    { signal },
  );
}
