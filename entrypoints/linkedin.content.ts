import { startCollector } from '../lib/collector';
import { countPatternWarmUp, textPatternWarmUp, warmUpChain } from '../lib/collector/warm-up';
import { startEvidence } from '../lib/highlight';
import { linkedinLocale } from '../lib/platforms/linkedin/locale';
import { linkedinReader } from '../lib/platforms/linkedin/reader';

// A sensor only: reads visible posts and sends observations. No React, Dexie or zod in here.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Before the first card is read, the patterns the reader will run are compiled in small steps
    // (lib/collector/warm-up.ts): the count labels it parses (lib/platforms/linkedin/parse-counts.ts),
    // and the shared text patterns.
    const locale = linkedinLocale(document);
    const labels = [locale.reactions, locale.comments, locale.reposts, locale.impressions, locale.followers, locale.connections, locale.employees, locale.pollVotes, locale.notEngagement];
    const warmUp = warmUpChain(countPatternWarmUp(labels, locale.lang), textPatternWarmUp(locale.lang));
    startCollector(ctx, linkedinReader, warmUp);
    startEvidence(ctx, linkedinReader);
  },
});
