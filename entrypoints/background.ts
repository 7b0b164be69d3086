import { db, openDatabase } from '../lib/db/database';
import { pruneIfDue } from '../lib/db/retention';
import { readPrivacySettings } from '../lib/db/settings';
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

  // Housekeeping when the worker starts (no `alarms` permission needed): open (and, after an
  // update, upgrade) the database, then apply the retention setting if it is due.
  void (async () => {
    try {
      await openDatabase(db());
      const { retentionDays } = await readPrivacySettings();
      await pruneIfDue(db(), retentionDays, Date.now());
    } catch (error) {
      console.error('Echt:', error instanceof Error ? error.message : error);
    }
  })();
});
