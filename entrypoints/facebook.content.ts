import { startCollector } from '../lib/collector';
import { countPatternWarmUp } from '../lib/collector/warm-up';
import { startEvidence } from '../lib/highlight';
import { facebookLocale } from '../lib/platforms/facebook/locale';
import { facebookReader } from '../lib/platforms/facebook/reader';

// A sensor only: reads visible posts and sends observations. No React, Dexie or zod in here.
export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The count labels the reader parses on every post (lib/platforms/facebook/parse-counts.ts),
    // compiled in small steps before the first post is read (lib/collector/warm-up.ts).
    const locale = facebookLocale(document);
    const labels = [locale.allReactions, locale.reactionPeople, locale.comments, locale.shares, locale.commentReactions];
    startCollector(ctx, facebookReader, countPatternWarmUp(labels, locale.lang));
    startEvidence(ctx, facebookReader);
  },
});
