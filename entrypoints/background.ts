import { db } from '../lib/db/database';
import { handleMessage } from '../lib/messaging/router';

// The writer: the only place observations enter storage.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, browser.runtime.id, db())
      .then(sendResponse)
      .catch((error: unknown) => {
        console.warn('Echt: could not store observations', error);
        sendResponse({ ok: false, error: 'storage failed' });
      });
    return true; // keep the channel open for the async answer
  });
});
