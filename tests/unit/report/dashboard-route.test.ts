import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type DashboardRoute } from '../../../lib/report/dashboard-route';

describe('dashboard routes', () => {
  const routes: DashboardRoute[] = [
    { view: 'pages' },
    { view: 'page', pageKey: 'linkedin:company/acme' },
    { view: 'page', pageKey: 'facebook:id/100064#weird,key' },
    { view: 'compare', pageKeys: ['linkedin:company/a', 'facebook:b,c'] },
    { view: 'settings' },
    { view: 'data' },
  ];

  it('every view survives the address bar', () => {
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('anything else is the page list', () => {
    for (const hash of ['', '#', '#/nope', '#/page/', '#/page/%E0%A4%A']) expect(parseRoute(hash)).toEqual({ view: 'pages' });
    expect(parseRoute('#/compare/')).toEqual({ view: 'compare', pageKeys: [] });
  });
});
