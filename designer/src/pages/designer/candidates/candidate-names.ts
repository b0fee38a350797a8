import { zh } from '../../../i18n/zh';
import type { Directory } from './directory-types';

const t = zh.designer.candidates;

/** A user task's zeebe:assignmentDefinition as written in the diagram. */
export interface Assignment {
  assignee?: string;
  candidateUsers?: string;
  candidateGroups?: string;
}

/** One code of the assignment as a designer reads it; `unknown` when the directory has no such person or group. */
export interface NamedCode {
  code: string;
  text: string;
  unknown: boolean;
}

export interface NamedAssignment {
  assignee: NamedCode[];
  candidateUsers: NamedCode[];
  candidateGroups: NamedCode[];
}

const isExpression = (text: string | undefined) => (text ?? '').trim().startsWith('=');

/** The codes of a comma-separated attribute; none for a FEEL expression (decided when the task is created). */
export function codesOf(text: string | undefined): string[] {
  if (isExpression(text)) return [];
  return [...new Set((text ?? '').split(',').map((x) => x.trim()).filter(Boolean))];
}

/** Every literal code an assignment names, for one look-up. */
export function assignmentCodes(assignment: Assignment): string[] {
  return [...new Set([assignment.assignee, assignment.candidateUsers, assignment.candidateGroups].flatMap(codesOf))];
}

function person(code: string, directory: Directory): NamedCode {
  const found = directory.people.find((p) => p.username === code);
  if (!found) return { code, text: t.unknownUser(code), unknown: true };
  return { code, text: found.organisationName ? `${found.displayName}（${code}，${found.organisationName}）` : `${found.displayName}（${code}）`, unknown: false };
}

/** A candidate group matches the people whose directory groups hold it (not their roles): a role code with no group of
 *  that name reaches nobody, so it is flagged with the role's name. */
function group(code: string, directory: Directory): NamedCode {
  const found = directory.groups.find((g) => g.code === code);
  if (found?.name) return { code, text: t.namedGroupWithName(found.name, code, found.memberCount), unknown: false };
  if (found) return { code, text: t.namedGroup(code, found.unitNames.join('、'), found.memberCount), unknown: false };
  const role = directory.roles.find((r) => r.code === code);
  return { code, text: role ? t.roleNotGroup(code, role.name) : t.unknownGroup(code), unknown: true };
}

function expression(text: string): NamedCode[] {
  return [{ code: text, text: t.expression(text.trim()), unknown: false }];
}

/** The assignee, candidate users and candidate groups by their Chinese names (codes beside them), unknown codes flagged;
 *  an expression is shown as such (the server checks its result when the task is created). */
export function nameAssignment(assignment: Assignment, directory: Directory): NamedAssignment {
  const users = (text: string | undefined) => (isExpression(text) ? expression(text!) : codesOf(text).map((c) => person(c, directory)));
  return {
    assignee: users(assignment.assignee),
    candidateUsers: users(assignment.candidateUsers),
    candidateGroups: isExpression(assignment.candidateGroups) ? expression(assignment.candidateGroups!)
      : codesOf(assignment.candidateGroups).map((c) => group(c, directory)),
  };
}

/** The attribute with one more code (a picker's choice); unchanged when the code is there already. */
export function withCode(text: string | undefined, code: string): string {
  const codes = codesOf(text);
  return codes.includes(code) ? codes.join(',') : [...codes, code].join(',');
}
