/**
 * Optional per-post badges (a setting, off by default): a small chip on each post that a report
 * flagged, naming the checks. The flags come from the last report an extension page computed for
 * this page (./flags-item.ts); nothing is analysed here.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformReader } from '../platforms/types';
import { settingsItem } from '../settings/item';
import { postFlagsItem, type PagePostFlags } from './flags-item';
import type { PostLocator } from './find-posts';
import type { Overlay } from './overlay';

/** Re-check which flagged posts are on screen this often while badges are on (feeds change). */
const REFRESH_MS = 1500;

export function startBadges(ctx: ContentScriptContext, reader: PlatformReader, locator: PostLocator, overlay: Overlay): void {
  let enabled = false;
  let flags: Record<string, PagePostFlags> = {};

  const refresh = () => {
    const pageKey = reader.targetFor(new URL(location.href))?.pageKey;
    const page = enabled && pageKey ? flags[pageKey] : undefined;
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

  const load = async () => {
    const [settings, stored] = await Promise.all([settingsItem.getValue(), postFlagsItem.getValue()]);
    enabled = settings.badges === true;
    flags = stored;
    refresh();
  };

  void load();
  const unwatchSettings = settingsItem.watch(() => void load());
  const unwatchFlags = postFlagsItem.watch(() => void load());
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchFlags();
  });
  ctx.setInterval(() => enabled && refresh(), REFRESH_MS);
}
