/**
 * A LinkedIn activity (and share, ugcPost, comment) id carries its creation time: the first
 * 41 bits of the 63-bit id are Unix epoch milliseconds (`id >> 22`). Verified against an API
 * timestamp to the millisecond (shared/dom-facts.md §1.8). Not Discord's epoch: no offset.
 */

const ID_PATTERN = /^\d{15,20}$/;
/** LinkedIn launched in 2003; anything outside 2003..2100 is not a real id. */
const EARLIEST = Date.UTC(2003, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export type UrnType = 'activity' | 'share' | 'ugcPost' | 'aggregate';

export interface PostUrn {
  type: UrnType;
  id: string;
}

export function timeFromActivityId(id: string): number | null {
  if (!ID_PATTERN.test(id)) return null;
  const ms = Number(BigInt(id) >> 22n);
  return ms >= EARLIEST && ms < LATEST ? ms : null;
}

/** "urn:li:activity:7241680825530896384" → {activity, "7241680825530896384"} (also share/ugcPost/aggregate). */
export function idFromUrn(urn: string | null | undefined): PostUrn | null {
  const match = /urn:li:(activity|share|ugcPost|aggregate):(\d{15,20})/.exec(urn ?? '');
  return match?.[1] && match[2] ? { type: match[1] as UrnType, id: match[2] } : null;
}

/**
 * A comment urn names its post and itself. Legacy wrote `urn:li:comment:(activity:P,C)`, SDUI
 * (2026-05-06, lhremote PR #778) writes `urn:li:comment:(urn:li:activity:P,C)`; the post half may
 * also be a ugcPost or share.
 */
export function commentUrnParts(raw: string | null | undefined): { post: PostUrn; commentId: string } | null {
  const match = /urn:li:comment:\((?:urn:li:)?(activity|ugcPost|share):(\d{15,20}),(\d{15,20})\)/.exec(raw ?? '');
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { post: { type: match[1] as UrnType, id: match[2] }, commentId: match[3] };
}

/**
 * The post id Echt stores. Activity ids are the plain `li:<id>` (the lead's convention); the other
 * kinds are different numbers for the same post (dom-facts §1.8), so they keep their type.
 */
export function postIdOf(urn: PostUrn): string {
  return urn.type === 'activity' ? `li:${urn.id}` : `li:${urn.type}:${urn.id}`;
}

export function commentIdOf(commentId: string): string {
  return `li:comment:${commentId}`;
}
