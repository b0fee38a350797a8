import { describe, expect, it } from 'vitest';
import { namedUsers, startedCaseLines, type NextTask } from './started-case';

const task = (fields: Partial<NextTask>): NextTask => ({ name: '法制审核', assignee: null, candidateUsers: [], candidateGroups: [], ...fields });
const names = new Map([['zhoumin', '周敏'], ['lina', '李娜']]);

describe('started case', () => {
  it('names the procedure, the case number and whose the next task is, by name', () => {
    const lines = startedCaseLines('一般程序行政处罚', '郑市监罚〔2026〕12号', [task({ assignee: 'zhoumin' })], names);
    expect(lines).toEqual({
      title: '已发起：一般程序行政处罚',
      caseNumber: '案号：郑市监罚〔2026〕12号',
      next: ['下一步：法制审核，办理人：周敏'],
    });
  });

  it('says in Chinese that no case number is issued yet, never a key', () => {
    expect(startedCaseLines('现场检查', null, [], names).caseNumber).toBe('案号：尚未编号（立案登记后生成）');
  });

  it('lists candidates by name and groups by code, and says when the next task is not visible to the starter', () => {
    const lines = startedCaseLines('现场检查', null, [task({ name: '现场检查', candidateUsers: ['lina', 'nobody'], candidateGroups: ['zz-scjg-jicha'] })], names);
    expect(lines.next).toEqual(['下一步：现场检查，办理人：李娜、nobody、组 zz-scjg-jicha 中的一人（认领后办理）']);
    expect(startedCaseLines('现场检查', null, [], names).next).toEqual(['下一步任务由其他人员办理，不在您的待办中。']);
  });

  it('looks up the assignee, else the candidate users', () => {
    expect(namedUsers([task({ assignee: 'zhoumin', candidateUsers: ['x'] }), task({ candidateUsers: ['lina', 'zhoumin'] })])).toEqual(['zhoumin', 'lina']);
  });
});
