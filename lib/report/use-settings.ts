/**
 * The user's settings, live: a change saved in the dashboard reaches an open popup (and every
 * other extension page) through the storage watch, so reports re-analyse at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../settings/defaults';
import { settingsItem } from '../settings/item';
import { sanitizeSettings } from '../settings/validate';

/** Settings are small plain JSON (sanitised), so their JSON says whether two are the same. */
function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface SettingsState {
  /** Undefined while the first read is under way. */
  settings: Settings | undefined;
  /** Applies a change at once and stores it; what is stored is sanitised, so nonsense never is. */
  update: (change: (current: Settings) => Settings) => Promise<void>;
}

/** `initial`: settings already read and sanitised (the popup reads them before its first render). */
export function useSettings(initial?: Settings): SettingsState {
  const [settings, setSettings] = useState<Settings | undefined>(initial);
  // The newest settings, also between a change and its re-render: quick successive changes
  // (typing, two checkboxes) each build on the one before instead of on a stale render.
  const latest = useRef<Settings | undefined>(initial);
  const show = useCallback((next: Settings) => {
    // Reading again what is already shown (the read below, after an initial value) must not
    // hand out a new object: every report would be analysed again for nothing.
    if (latest.current !== undefined && sameSettings(latest.current, next)) return;
    latest.current = next;
    setSettings(next);
  }, []);
  useEffect(() => {
    let live = true;
    settingsItem.getValue().then(
      (raw) => live && show(sanitizeSettings(raw)),
      () => live && show(sanitizeSettings(undefined)),
    );
    const unwatch = settingsItem.watch((raw) => show(sanitizeSettings(raw)));
    return () => {
      live = false;
      unwatch();
    };
  }, [show]);
  const update = useCallback(
    async (change: (current: Settings) => Settings) => {
      const next = sanitizeSettings(change(latest.current ?? DEFAULT_SETTINGS));
      show(next);
      await settingsItem.setValue(next);
    },
    [show],
  );
  return { settings, update };
}
