/**
 * A LinkedIn activity (and share, ugcPost, comment) id carries its creation time: the first
 * 41 bits of the 63-bit id are Unix epoch milliseconds (`id >> 22`). Verified against an API
 * timestamp to the millisecond (shared/dom-facts.md §1.8). Not Discord's epoch: no offset.
 */

const ID_PATTERN = /^\d{15,20}$/;
/** LinkedIn launched in 2003; anything outside 2003..2100 is not a real id. */
const EARLIEST = Date.UTC(2003, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export function timeFromActivityId(id: string): number | null {
  if (!ID_PATTERN.test(id)) return null;
  const ms = Number(BigInt(id) >> 22n);
  return ms >= EARLIEST && ms < LATEST ? ms : null;
}

/** "urn:li:activity:7241680825530896384" → "7241680825530896384" (also share/ugcPost/aggregate). */
export function idFromUrn(urn: string | null | undefined): { type: string; id: string } | null {
  const match = /urn:li:(activity|share|ugcPost|aggregate):(\d{15,20})/.exec(urn ?? '');
  return match?.[1] && match[2] ? { type: match[1], id: match[2] } : null;
}
