/**
 * Optional per-post badges (a setting, off by default): a small chip on each post that a report
 * flagged, naming the checks. The flags come from the last report an extension page computed for
 * this page (./flags.ts); nothing is analysed here. Storage is read directly, not through WXT's
 * storage helper, to keep the content script small.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformReader } from '../platforms/types';
import { SETTINGS_KEY } from '../settings/defaults';
import { POST_FLAGS_KEY, type PagePostFlags } from './flags';
import type { PostLocator } from './find-posts';
import type { Overlay } from './overlay';

/** Re-check which flagged posts are on screen this often while badges are on (feeds change). */
const REFRESH_MS = 1500;

function isBag(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored flags of one page, if they have the expected shape (storage is ours, but be safe). */
function pageFlags(stored: unknown, pageKey: string): PagePostFlags | null {
  const page = isBag(stored) ? stored[pageKey] : undefined;
  return isBag(page) && isBag(page.flags) && isBag(page.titles) ? (page as unknown as PagePostFlags) : null;
}

export function startBadges(ctx: ContentScriptContext, reader: PlatformReader, locator: PostLocator, overlay: Overlay): void {
  let enabled = false;
  let flags: unknown = null;

  const refresh = () => {
    const pageKey = reader.targetFor(new URL(location.href))?.pageKey;
    const page = enabled && pageKey ? pageFlags(flags, pageKey) : null;
    if (!page || document.hidden) {
      overlay.setBadges([]);
      return;
    }
    const found = locator.find(new Set(Object.keys(page.flags)));
    overlay.setBadges(
      found.map(({ id, card }) => ({
        card,
        text: `Echt: ${(page.flags[id] ?? []).map((rule) => page.titles[rule] ?? rule).join(' · ')}`,
      })),
    );
  };

  // Feeds change under the badges, so they are looked for again every REFRESH_MS, but only while
  // they are on: with badges off (the default) the page never hears from this timer.
  let timer: ReturnType<typeof setInterval> | undefined;
  const apply = (stored: Record<string, unknown>) => {
    const settings = stored[SETTINGS_KEY];
    enabled = isBag(settings) && settings.badges === true;
    flags = stored[POST_FLAGS_KEY];
    if (enabled && timer === undefined && !ctx.signal.aborted) timer = setInterval(refresh, REFRESH_MS);
    if (!enabled && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
    refresh();
  };
  // A failed read (the extension was just reloaded) leaves the badges as they were.
  const load = () => void browser.storage.local.get([SETTINGS_KEY, POST_FLAGS_KEY]).then(apply, () => undefined);

  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SETTINGS_KEY in changes || POST_FLAGS_KEY in changes)) load();
  };
  load();
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onChanged);
    clearInterval(timer);
  });
}
