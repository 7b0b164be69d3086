import type { PageRelation } from '../analysis/model';
import { db } from '../db/database';
import { setRelation } from '../db/repository';

/** Marks a page as the user's own, a competitor's, or neither. */
export function markPage(pageKey: string, relation: PageRelation): Promise<void> {
  return setRelation(db(), pageKey, relation);
}
