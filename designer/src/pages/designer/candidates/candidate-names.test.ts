import { describe, expect, it } from 'vitest';
import { assignmentCodes, nameAssignment, withCode } from './candidate-names';
import type { Directory } from './directory-types';

const directory: Directory = {
  people: [{ username: 'zhangwei', displayName: '张伟', organisationName: '执法稽查处' }],
  groups: [
    { code: 'zz-scjg-jicha', name: '市局执法稽查处执法人员', unitNames: ['执法稽查处'], memberCount: 4 },
    { code: 'night-shift', name: null, unitNames: ['执法稽查处'], memberCount: 1 },
  ],
  roles: [{ code: 'officer', name: '执法人员' }],
};

describe('candidate names', () => {
  it('names the assignee and candidate users by their Chinese names with the code and unit beside them', () => {
    const named = nameAssignment({ assignee: 'zhangwei', candidateUsers: 'zhangwei, nobody' }, directory);
    expect(named.assignee).toEqual([{ code: 'zhangwei', text: '张伟（zhangwei，执法稽查处）', unknown: false }]);
    expect(named.candidateUsers.map((c) => [c.text, c.unknown])).toEqual([
      ['张伟（zhangwei，执法稽查处）', false],
      ['nobody：目录中没有该用户', true],
    ]);
  });

  it('names a group by its Chinese name, else by its units, and flags a role code used as a group and an unknown group', () => {
    const named = nameAssignment({ candidateGroups: 'zz-scjg-jicha,night-shift,officer,zz-nowhere' }, directory);
    expect(named.candidateGroups.map((c) => [c.text, c.unknown])).toEqual([
      ['市局执法稽查处执法人员（zz-scjg-jicha，4人）', false],
      ['执法稽查处的组（night-shift，1人）', false],
      ['officer：没有这个组（“执法人员”是角色；候选组按人员所在的组匹配，无人可办理）', true],
      ['zz-nowhere：目录中没有该组', true],
    ]);
  });

  it('shows an expression as decided when the task is created, and looks up only literal codes', () => {
    const assignment = { candidateGroups: '=groups.unit', candidateUsers: 'lina' };
    expect(nameAssignment(assignment, directory).candidateGroups).toEqual([{ code: '=groups.unit', text: '由表达式在创建任务时决定：=groups.unit', unknown: false }]);
    expect(assignmentCodes(assignment)).toEqual(['lina']);
  });

  it('adds a picked code once', () => {
    expect(withCode('zhangwei', 'lina')).toEqual('zhangwei,lina');
    expect(withCode('zhangwei, lina', 'lina')).toEqual('zhangwei,lina');
    expect(withCode(undefined, 'lina')).toEqual('lina');
  });
});
