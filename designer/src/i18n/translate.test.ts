import { describe, expect, it } from 'vitest';
import { modelerTranslations } from './modeler-translations';
import { translate } from './translate';

describe('modeler translation', () => {
  it('translates the palette and properties panel texts it knows', () => {
    expect(translate('Create start event')).toBe('创建开始事件');
    expect(translate('Candidate groups')).toBe('候选组');
  });

  it('fills placeholders, in translated and untranslated texts', () => {
    expect(translate('{a} of {b}', { a: 1, b: 2 }, { '{a} of {b}': '{b} 中的第 {a} 个' })).toBe('2 中的第 1 个');
    expect(translate('Unknown {x}', { x: 'thing' })).toBe('Unknown thing');
  });

  it('leaves unknown texts and missing placeholders as they are', () => {
    expect(translate('Something new')).toBe('Something new');
    expect(translate('Hello {name}')).toBe('Hello {name}');
  });

  it('matches the properties panel header type names ignoring case and hyphens', () => {
    expect(translate('User Task')).toBe('用户任务');
    expect(translate('Timer Intermediate Catch Event')).toBe('定时器中间捕获事件');
    expect(translate('Escalation Boundary Event (Non Interrupting)')).toBe('升级边界事件（非中断）');
    expect(translate('Sequence Flow')).toBe('顺序流');
  });

  it('translates every entry into Chinese', () => {
    for (const [english, chinese] of Object.entries(modelerTranslations)) {
      if (english === 'ID') continue;
      expect(chinese, english).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
