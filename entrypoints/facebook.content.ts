import { startCollector } from '../lib/collector';
import { startEvidence } from '../lib/highlight';
import { facebookReader } from '../lib/platforms/facebook/reader';

// A sensor only: reads visible posts and sends observations. No React, Dexie or zod in here.
export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCollector(ctx, facebookReader);
    startEvidence(ctx, facebookReader);
  },
});
