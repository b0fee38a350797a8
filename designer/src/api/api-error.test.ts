import { describe, expect, it } from 'vitest';
import { toApiError } from './api-error';

describe('ApiError.userMessage', () => {
  it('shows the server detail as it is: a Chinese sentence naming the person and the rule', () => {
    const error = toApiError(403, 'application/problem+json', JSON.stringify({
      detail: '徐帆无权进行此操作：只有执法人员、法制审核人员、负责人、监督人或管理员可以查看和办理案件；流程设计人员只能设计流程。',
      rule: 'case-role',
    }));
    expect(error.userMessage).toBe('徐帆无权进行此操作：只有执法人员、法制审核人员、负责人、监督人或管理员可以查看和办理案件；流程设计人员只能设计流程。');
    expect(error.rule).toBe('case-role');
  });

  it('names the field as the page labels it', () => {
    const error = toApiError(400, 'application/problem+json', JSON.stringify({ detail: '缺少延长天数（days）', field: 'days' }));
    expect(error.messageNaming({ days: '延长天数' })).toContain('延长天数');
  });

  it('falls back to a Chinese text by status without a detail', () => {
    expect(toApiError(403, null, '').userMessage).not.toBe('');
  });
});
