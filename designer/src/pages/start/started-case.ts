import type { CaseLabel } from '../../api/work-types';
import { zh } from '../../i18n/zh';

const t = zh.start.next;

/** An open task of the new case as the starter may see it. */
export interface NextTask {
  name: string | null;
  assignee: string | null;
  candidateUsers: string[];
  candidateGroups: string[];
  case?: CaseLabel | null;
}

/** What 发起案件 says once a case is started and its next step is not the starter's: the procedure and the case number
 *  (or that none is issued yet, never the instance key), then each open task and who works it, people by name
 *  (`names`: username → display name; a username stays when unknown). No visible task: someone else works it. */
export function startedCaseLines(processName: string, caseNumber: string | null, tasks: NextTask[],
  names: ReadonlyMap<string, string>): { title: string; caseNumber: string; next: string[] } {
  const person = (username: string) => names.get(username) ?? username;
  const who = (task: NextTask) => {
    if (task.assignee) return person(task.assignee);
    const candidates = [...task.candidateUsers.map(person), ...task.candidateGroups.map(t.group)];
    return candidates.length ? t.candidates(candidates.join('、')) : t.nobody;
  };
  return {
    title: t.title(processName),
    caseNumber: caseNumber ? t.caseNumber(caseNumber) : t.noCaseNumber,
    next: tasks.length === 0 ? [t.hidden] : tasks.map((task) => t.task(task.name ?? t.unnamed, who(task))),
  };
}

/** The usernames the lines name, to look up once. */
export function namedUsers(tasks: NextTask[]): string[] {
  return [...new Set(tasks.flatMap((task) => (task.assignee ? [task.assignee] : task.candidateUsers)))];
}
