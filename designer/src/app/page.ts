import type { ApiClient } from '../api/api-client';
import type { Session } from './session';

/** What every page gets: the API client, the session, and navigation. */
export interface PageContext {
  api: ApiClient;
  session: Session;
  navigate(path: string): void;
}

/** A page renders into its container and returns how to tear itself down (or nothing). */
export type Page = (container: HTMLElement, context: PageContext) => void | (() => void) | Promise<void | (() => void)>;

/** Pages load on demand so the first screen stays small. */
export type PageLoader = () => Promise<Page>;
