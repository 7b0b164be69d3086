import { useSyncExternalStore } from 'react';
import { parseRoute, type DashboardRoute } from './dashboard-route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The dashboard view the address bar names; follows links and the back button. */
export function useHashRoute(): DashboardRoute {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseRoute(hash);
}
