import { zh } from '../i18n/zh';
import { Roles, type Role } from './roles';

/** One entry of the main navigation: the path it opens and the roles that may use it (empty: everyone signed in). */
export interface NavEntry {
  path: string;
  label: string;
  roles: readonly Role[];
}

// Mirrors what the API lets each role do; the server checks every request regardless.
export const navigation: readonly NavEntry[] = [
  { path: '/inbox', label: zh.nav.inbox, roles: [Roles.officer, Roles.reviewer, Roles.head, Roles.supervisor, Roles.admin] },
  { path: '/start', label: zh.nav.start, roles: [Roles.officer, Roles.head, Roles.supervisor, Roles.admin] },
  { path: '/escalations', label: zh.nav.escalations, roles: [Roles.head, Roles.supervisor, Roles.admin] },
  { path: '/designer', label: zh.nav.designer, roles: [Roles.designer, Roles.admin] },
  { path: '/forms', label: zh.nav.forms, roles: [Roles.designer, Roles.admin] },
  // Benchmarks are published rules: legal reviewers read and test them; only designers and admin deploy (server-checked).
  { path: '/decisions', label: zh.nav.decisions, roles: [Roles.designer, Roles.admin, Roles.reviewer] },
  { path: '/operations', label: zh.nav.operations, roles: [Roles.admin] },
  // GET /statistics/discretion (policy DiscretionStatistics): the 法规处 reviewers, heads, supervisors and the admin.
  { path: '/statistics/discretion', label: zh.nav.discretionStatistics, roles: [Roles.reviewer, Roles.head, Roles.supervisor, Roles.admin] },
  { path: '/public', label: zh.nav.disclosure, roles: [] },
];

export function mayUse(entry: NavEntry, roles: readonly string[]): boolean {
  return entry.roles.length === 0 || entry.roles.some((role) => roles.includes(role));
}

/** The navigation a user with these roles sees, in menu order. */
export function visibleNavigation(roles: readonly string[]): NavEntry[] {
  return navigation.filter((entry) => mayUse(entry, roles));
}

/** Where a user lands after signing in: the first page they may use. */
export function homePath(roles: readonly string[]): string {
  return visibleNavigation(roles)[0]?.path ?? '/public';
}

/** Whether a path (a page or anything below it) is allowed for these roles; paths outside the navigation are allowed. */
export function mayOpen(path: string, roles: readonly string[]): boolean {
  const entry = navigation.find((e) => path === e.path || path.startsWith(`${e.path}/`));
  return entry ? mayUse(entry, roles) : true;
}
