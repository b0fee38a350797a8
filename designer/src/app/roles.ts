/** The role names the server puts in tokens (IdentityRoles). */
export const Roles = {
  designer: 'designer',
  officer: 'officer',
  reviewer: 'reviewer',
  head: 'head',
  supervisor: 'supervisor',
  admin: 'admin',
} as const;

export type Role = (typeof Roles)[keyof typeof Roles];
