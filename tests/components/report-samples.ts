import { analyze } from '../../lib/analysis';
import type { Report } from '../../lib/analysis/model';
import { posts, timeline } from '../unit/analysis/builders';

/** A webshop-like page: most posts are offers with a pasted hashtag block. */
export function webshopReport(): Report {
  const tags = ['sale', 'korting', 'deals', 'shopnow', 'webshop', 'aanbieding'];
  return analyze(timeline(posts(10, (i) => (i < 7 ? { text: `Order now: 20% korting on box ${i}!`, hashtags: tags } : { text: `How do you like your cheese, part ${i}?` }))));
}
