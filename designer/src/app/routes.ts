import type { ApiClient } from '../api/api-client';
import { startDesignerRequests } from '../pages/designer/first-requests';
import type { PageLoader } from './page';

/** Client routes (history API; the server answers index.html for them). Each page lives in its own folder under pages/. */
export const routes: Record<string, PageLoader> = {
  '/designer': () => import('../pages/designer/designer-page').then((m) => m.designerPage),
  '/forms': () => import('../pages/forms/forms-page').then((m) => m.formsPage),
  '/decisions': () => import('../pages/decisions/decisions-page').then((m) => m.decisionsPage),
  '/start': () => import('../pages/start/start-page').then((m) => m.startPage),
  '/inbox': () => import('../pages/inbox/inbox-page').then((m) => m.inboxPage),
  '/escalations': () => import('../pages/escalations/escalations-page').then((m) => m.escalationsPage),
  '/operations': () => import('../pages/operations/operations-page').then((m) => m.operationsPage),
  '/statistics/discretion': () => import('../pages/statistics/discretion-page').then((m) => m.discretionStatisticsPage),
  '/public': () => import('../pages/public/public-page').then((m) => m.publicPage),
};

/** Requests a page asks first, started by the router together with the import of the page's chunks. */
export const firstRequests: Record<string, (api: ApiClient) => void> = {
  '/designer': startDesignerRequests,
};

/** The route for a path: exact, or the longest route the path lies under. */
export function matchRoute(path: string): string | null {
  if (routes[path]) return path;
  const candidates = Object.keys(routes).filter((route) => path.startsWith(`${route}/`));
  return candidates.sort((a, b) => b.length - a.length)[0] ?? null;
}
