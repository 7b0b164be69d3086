import { startCollector } from '../lib/collector';
import { startEvidence } from '../lib/highlight';
import { linkedinReader } from '../lib/platforms/linkedin/reader';

// A sensor only: reads visible posts and sends observations. No React, Dexie or zod in here.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCollector(ctx, linkedinReader);
    startEvidence(ctx, linkedinReader);
  },
});
