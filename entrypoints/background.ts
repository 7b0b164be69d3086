import { db, openDatabase } from '../lib/db/database';
import { hashStoredCommenters, hashStoredCommentersIfDue } from '../lib/db/privacy';
import { pruneIfDue } from '../lib/db/retention';
import { readPrivacySettings, SETTINGS_STORAGE_KEY } from '../lib/db/settings';
import { handleMessage, isForBackground } from '../lib/messaging/router';

// The writer: the only place observations enter storage. Messages not addressed to the background
// are left to other listeners; everything addressed to it goes through the gate in router.ts.
export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isForBackground(message)) return undefined;
    handleMessage(message, sender, browser.runtime.id, db(), { ownOrigin })
      .then(sendResponse)
      .catch((error: unknown) => {
        console.warn('Echt: could not store observations', error);
        sendResponse({ ok: false, error: 'storage failed' });
      });
    return true; // keep the channel open for the async answer
  });

  // Switching "store commenter names hashed" on hashes what is already stored, at once.
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_STORAGE_KEY];
    if (area !== 'local' || !change) return;
    const was = (change.oldValue as { hashCommenterNames?: unknown } | undefined)?.hashCommenterNames === true;
    const now = (change.newValue as { hashCommenterNames?: unknown } | undefined)?.hashCommenterNames === true;
    if (now && !was) hashStoredCommenters(db()).catch((error: unknown) => console.warn('Echt: could not hash stored names', error));
  });

  // Housekeeping when the worker starts (no `alarms` permission needed): open (and, after an
  // update, upgrade) the database, apply the retention setting and, when names are to be hashed,
  // hash any that arrived in clear (an import), each at most hourly.
  void (async () => {
    try {
      await openDatabase(db());
      const settings = await readPrivacySettings();
      await pruneIfDue(db(), settings.retentionDays, Date.now());
      if (settings.hashCommenterNames) await hashStoredCommentersIfDue(db(), Date.now());
    } catch (error) {
      console.error('Echt:', error instanceof Error ? error.message : error);
    }
  })();
});
