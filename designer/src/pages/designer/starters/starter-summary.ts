import { zh } from '../../../i18n/zh';

const t = zh.designer.starters;

/** The process properties that say who may start it by hand (docs/workflows.md, engine StartAuthorization). */
export const StarterProperties = { roles: 'candidateStarterRoles', users: 'candidateStarterUsers', groups: 'candidateStarterGroups' } as const;

const list = (text: string | undefined) => [...new Set((text ?? '').split(',').map((x) => x.trim()).filter(Boolean))];

/** Who may start the process, as a designer reads it: roles by their Chinese names (the code in brackets), then the
 *  users and groups named; what the engine does when nothing is declared, or when the declaration names nobody. */
export function starterSummary(properties: ReadonlyMap<string, string>): string[] {
  const declared = Object.values(StarterProperties).some((name) => properties.has(name));
  if (!declared) return [t.undeclared];
  const roles = list(properties.get(StarterProperties.roles)).map((role) => (zh.shell.roles[role] ? `${zh.shell.roles[role]}（${role}）` : role));
  const users = list(properties.get(StarterProperties.users));
  const groups = list(properties.get(StarterProperties.groups));
  if (roles.length + users.length + groups.length === 0) return [t.nobody];
  return [
    roles.length ? t.roles(roles.join('、')) : '',
    users.length ? t.users(users.join('、')) : '',
    groups.length ? t.groups(groups.join('、')) : '',
  ].filter(Boolean);
}
