import { describe, expect, it } from 'vitest';
import { toApiError } from './api-error';
import { withoutEnglishGloss } from './english-gloss';

describe('withoutEnglishGloss', () => {
  it('drops the English gloss of a Chinese message and keeps identifiers in brackets', () => {
    expect(withoutEnglishGloss('zhangwei: 不能在机构 jinshui 立案：执法人员只能在本机构立案 (you may not open a case in jinshui: officers open cases in their own unit)'))
      .toBe('zhangwei: 不能在机构 jinshui 立案：执法人员只能在本机构立案');
    expect(withoutEnglishGloss('您不能发起流程「行政执法案卷评查」(case-file-review)：模型只允许 角色 supervisor 发起 (you may not start process case-file-review)'))
      .toBe('您不能发起流程「行政执法案卷评查」(case-file-review)：模型只允许 角色 supervisor 发起');
    expect(withoutEnglishGloss('期限「decision」依法最多可延长 10 日 (deadline \'decision\' may be extended by at most 10 days in all; 6 used, 5 asked)'))
      .toBe('期限「decision」依法最多可延长 10 日');
  });

  it('leaves Chinese brackets, numbers and short identifiers alone', () => {
    for (const text of ['用户任务 999 不存在', '限期（7个工作日）', '元素 (Flow_1) 没有条件', '共 (3) 项']) expect(withoutEnglishGloss(text)).toBe(text);
  });

  it('is what an API error shows a person', () => {
    const error = toApiError(403, 'application/problem+json', JSON.stringify({
      detail: 'xufan: 流程设计人员只能设计流程 (only officers, reviewers, heads, supervisors or an admin work with cases; designers design processes)',
    }));
    expect(error.userMessage).toBe('xufan: 流程设计人员只能设计流程');
    expect(error.detail).toContain('only officers');
  });
});
