import { describe, expect, it } from 'vitest';
import { starterSummary } from './starter-summary';

describe('starter summary', () => {
  it('names the starter roles by their Chinese names, with the code after them', () => {
    expect(starterSummary(new Map([['candidateStarterRoles', 'officer, head']])))
      .toEqual(['可发起的角色：执法人员（officer）、负责人（head）']);
  });

  it('lists users and groups as declared, and an unknown role as it is written', () => {
    expect(starterSummary(new Map([['candidateStarterRoles', 'auditor'], ['candidateStarterUsers', 'zhangwei'], ['candidateStarterGroups', 'zz-scjg-jicha']])))
      .toEqual(['可发起的角色：auditor', '可发起的人员（用户名）：zhangwei', '可发起的组：zz-scjg-jicha']);
  });

  it('says what the engine does with no declaration and with one naming nobody', () => {
    expect(starterSummary(new Map([['category', '行政处罚']]))).toEqual(['未声明发起人：执法人员和负责人可以发起']);
    expect(starterSummary(new Map([['candidateStarterRoles', '']]))).toEqual(['声明为空：发起案件不向任何人提供（只由其他流程调用或触发）']);
  });
});
