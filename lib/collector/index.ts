/**
 * Starts a collector for one platform inside a WXT content script: wires it to the script's
 * lifetime (ctx), to SPA navigation and to the runtime message that carries observations.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendObservations } from '../messaging/send';
import type { ObservationBatch, PlatformReader } from '../platforms/types';
import { exposeToBenchmark } from './bench-probe';
import { Collector } from './collector';

/** `warmUp`: the reader's cold start in small steps (see ./warm-up.ts), run before the first read. */
export function startCollector(ctx: ContentScriptContext, reader: PlatformReader, warmUp?: Iterable<unknown>): Collector {
  // Retries while the service worker restarts; rejects (and the collector stops) only when this
  // content script is orphaned by an update or reload.
  const send = (batch: ObservationBatch) => sendObservations(browser.runtime, batch);
  const collector = new Collector({ reader, send, signal: ctx.signal, warmUp });
  collector.retarget(new URL(location.href));
  // LinkedIn and Facebook are single-page apps: follow navigation without a reload.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => collector.retarget(newUrl));
  // Replaced by a constant at build time: only `wxt build --mode bench` keeps this call.
  if (import.meta.env.MODE === 'bench') exposeToBenchmark(collector, ctx.signal);
  return collector;
}
