/** The answer of GET /api/directory (the designer's look-up of people, groups and roles; docs/security.md `Directory`). */
export interface DirectoryPerson {
  username: string;
  displayName: string;
  organisationName: string | null;
}
export interface DirectoryGroup {
  code: string;
  /** The group's Chinese name; null when nobody named it (then its units name it). */
  name: string | null;
  unitNames: string[];
  memberCount: number;
}
export interface DirectoryRole {
  code: string;
  name: string;
}
export interface Directory {
  people: DirectoryPerson[];
  groups: DirectoryGroup[];
  roles: DirectoryRole[];
}
