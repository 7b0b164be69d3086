import type { PostItem } from '../model';
import { salesCallsToAction, salesWords } from './lexicon';
import { foldText } from './normalize';

// "€ 19,95", "€1.234,-", "$29", "EUR 20", "19,95 euro", "15,-" (Dutch price notation).
const PRICE =
  /(?:€|\$|£|\b(?:eur|usd|gbp)\b)\s?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2}|,-)?|\b\d+(?:[.,]\d{1,2})?\s?(?:€|euro\b|eur\b)|\b\d+,-/u;
// "20% korting", "20% off", "-20%", "korting van 20%".
const PERCENT_OFF =
  /\b\d{1,2}\s?%\s?(?:korting|off|discount|goedkoper)|(?:^|\s)-\s?\d{1,2}\s?%|\b(?:korting|discount)\s(?:van\s)?\d{1,2}\s?%/u;
// "code SUMMER20", "kortingscode: WELKOM10" — upper case letters and digits after the word code.
const COUPON = /\b(?:code|coupon|kortingscode|actiecode|promocode)\s*:?\s*[A-Z0-9]{4,}\b/u;
const SHOP_LINK = /shop|store|winkel|product|cart|checkout|bestel|order|kopen|\/p\//iu;

export interface PromoSignals {
  /** Evidence that alone makes a post promotional: a price, a discount, a coupon, "buy now". */
  strong: string[];
  /** Sales words and shop links: two together make a post promotional. */
  weak: string[];
}

export function promoSignals(post: Pick<PostItem, 'text' | 'links'>): PromoSignals {
  // Folded once for both phrase lists and the patterns (the lists used to fold it again each).
  const folded = foldText(post.text);
  const strong = salesCallsToAction.findInFolded(folded);
  const price = folded.match(PRICE)?.[0];
  if (price) strong.push(price.trim());
  const percentOff = folded.match(PERCENT_OFF)?.[0];
  if (percentOff) strong.push(percentOff.trim());
  const coupon = post.text.match(COUPON)?.[0];
  if (coupon) strong.push(coupon);

  const weak = salesWords.findInFolded(folded);
  if (post.links.some((link) => SHOP_LINK.test(link))) weak.push('shop link');
  return { strong, weak };
}

export function isPromotional(signals: PromoSignals): boolean {
  return signals.strong.length > 0 || signals.weak.length >= 2;
}
