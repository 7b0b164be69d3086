import { routeHash, type DashboardRoute } from './dashboard-route';

/** The dashboard's address for a view, for links from the popup. */
export function dashboardUrl(route: DashboardRoute): string {
  return browser.runtime.getURL('/dashboard.html') + routeHash(route);
}
