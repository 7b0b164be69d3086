import { startCollector } from '../lib/collector';
import { countPatternWarmUp, textPatternWarmUp, warmUpChain } from '../lib/collector/warm-up';
import { startEvidence } from '../lib/highlight';
import { facebookLocale } from '../lib/platforms/facebook/locale';
import { countShapesWarmUp } from '../lib/platforms/facebook/parse-counts';
import { facebookReader } from '../lib/platforms/facebook/reader';

// A sensor only: reads visible posts and sends observations. No React, Dexie or zod in here.
export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Before the first post is read, the patterns the reader will run are compiled in small steps
    // (lib/collector/warm-up.ts): the count labels it parses and the shapes of its count sentences
    // (lib/platforms/facebook/parse-counts.ts), and the shared text patterns.
    const locale = facebookLocale(document);
    const labels = [locale.allReactions, locale.reactionPeople, locale.comments, locale.shares, locale.commentReactions];
    const warmUp = warmUpChain(countPatternWarmUp(labels, locale.lang), countShapesWarmUp(locale), textPatternWarmUp(locale.lang));
    startCollector(ctx, facebookReader, warmUp);
    startEvidence(ctx, facebookReader);
  },
});
