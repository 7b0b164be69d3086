/**
 * The dashboard's views as URL fragments, so every view has an address: the popup links to a
 * page's full report, and the browser's back button works.
 */
export type DashboardRoute =
  | { view: 'pages' }
  | { view: 'page'; pageKey: string }
  | { view: 'compare'; pageKeys: string[] }
  | { view: 'settings' }
  | { view: 'data' };

export function routeHash(route: DashboardRoute): string {
  switch (route.view) {
    case 'page':
      return `#/page/${encodeURIComponent(route.pageKey)}`;
    case 'compare':
      return `#/compare/${route.pageKeys.map(encodeURIComponent).join(',')}`;
    default:
      return `#/${route.view}`;
  }
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): DashboardRoute {
  const [view = '', rest = ''] = hash.replace(/^#\/?/, '').split(/\/(.*)/s);
  if (view === 'page') {
    const pageKey = decode(rest);
    return pageKey ? { view: 'page', pageKey } : { view: 'pages' };
  }
  if (view === 'compare') {
    const pageKeys = rest.split(',').map(decode).filter((key): key is string => !!key);
    return { view: 'compare', pageKeys };
  }
  if (view === 'settings' || view === 'data') return { view };
  return { view: 'pages' };
}
