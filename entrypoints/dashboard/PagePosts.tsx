import { useMemo, useState } from 'react';
import { PostsTable } from '../../components/dashboard/PostsTable';
import type { Report, Timeline } from '../../lib/analysis/model';
import type { Locale } from '../../lib/i18n';
import { filterPosts, postRows, sortPosts, type PostFilter, type PostSort, type PostSortKey } from '../../lib/report/post-rows';

interface PagePostsProps {
  timeline: Timeline;
  report: Report;
  locale: Locale;
}

/** The posts table with its sort and filter state: newest first, everything shown. */
export function PagePosts({ timeline, report, locale }: PagePostsProps) {
  const [sort, setSort] = useState<PostSort>({ key: 'publishedAt', direction: 'descending' });
  const [filter, setFilter] = useState<PostFilter>({ text: '', flag: 'all' });
  const rows = useMemo(() => postRows(timeline, report), [timeline, report]);
  const shown = useMemo(() => sortPosts(filterPosts(rows, filter), sort), [rows, filter, sort]);
  // A second click on the same column flips the direction; a new column starts with the largest.
  const onSort = (key: PostSortKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'descending' ? 'ascending' : 'descending' }));
  return <PostsTable rows={shown} total={rows.length} locale={locale} sort={sort} onSort={onSort} filter={filter} onFilter={setFilter} />;
}
