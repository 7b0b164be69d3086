/**
 * The user's settings, live: a change saved in the dashboard reaches an open popup (and every
 * other extension page) through the storage watch, so reports re-analyse at once.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../settings/defaults';
import { settingsItem } from '../settings/item';
import { sanitizeSettings } from '../settings/validate';

export interface SettingsState {
  /** Undefined while the first read is under way. */
  settings: Settings | undefined;
  /** Saves a change; the stored value is sanitised, so nonsense never reaches storage. */
  update: (change: (current: Settings) => Settings) => Promise<void>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    let live = true;
    settingsItem.getValue().then(
      (raw) => live && setSettings(sanitizeSettings(raw)),
      () => live && setSettings(sanitizeSettings(undefined)),
    );
    const unwatch = settingsItem.watch((raw) => setSettings(sanitizeSettings(raw)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = useCallback(async (change: (current: Settings) => Settings) => {
    const current = sanitizeSettings(await settingsItem.getValue());
    const next = sanitizeSettings(change(current));
    await settingsItem.setValue(next);
    setSettings(next);
  }, []);
  return { settings, update };
}
