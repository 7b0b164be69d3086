import type { Report, RuleId } from '../analysis/model';

/** Which warning or failing checks name each post as evidence, in report order. */
export function flagsByPost(report: Report): Map<string, RuleId[]> {
  const flags = new Map<string, RuleId[]>();
  for (const result of report.results) {
    if (result.status !== 'warn' && result.status !== 'fail') continue;
    for (const postId of result.evidencePostIds) {
      const list = flags.get(postId) ?? [];
      list.push(result.id);
      flags.set(postId, list);
    }
  }
  return flags;
}
