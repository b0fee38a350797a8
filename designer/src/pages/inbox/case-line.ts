import type { UserTask } from '../../api/work-types';

/** How a task's case shows in the list: case number and party (`豫市监立〔2026〕12号 · 郑州某餐饮管理有限公司`), the business
 *  key when there is no number yet, the instance key only when the case has neither. */
export function caseLine(task: Pick<UserTask, 'case' | 'processInstanceKey'>): string {
  const number = task.case?.caseNumber ?? task.case?.businessKey;
  const parts = [number, task.case?.partyName].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' · ') : `#${task.processInstanceKey}`;
}
