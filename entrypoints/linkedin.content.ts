import { startCollector } from '../lib/collector';
import { countPatternWarmUp } from '../lib/collector/warm-up';
import { startEvidence } from '../lib/highlight';
import { linkedinLocale } from '../lib/platforms/linkedin/locale';
import { linkedinReader } from '../lib/platforms/linkedin/reader';

// A sensor only: reads visible posts and sends observations. No React, Dexie or zod in here.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The count labels the reader parses on every card (lib/platforms/linkedin/parse-counts.ts),
    // compiled in small steps before the first card is read (lib/collector/warm-up.ts).
    const locale = linkedinLocale(document);
    const labels = [locale.reactions, locale.comments, locale.reposts, locale.impressions, locale.followers, locale.connections, locale.employees, locale.pollVotes, locale.notEngagement];
    startCollector(ctx, linkedinReader, countPatternWarmUp(labels, locale.lang));
    startEvidence(ctx, linkedinReader);
  },
});
