import { describe, expect, it } from 'vitest';
import { ChineseDmnTranslateModule } from './dmn-translate';

const translate = ChineseDmnTranslateModule.translate[1] as (template: string, replacements?: Record<string, unknown>) => string;

describe('dmn-js in Chinese', () => {
  it('translates the decision table texts and fills placeholders', () => {
    expect(translate('Hit policy:')).toBe('命中策略：');
    expect(translate('Add rule below')).toBe('在下方添加规则');
    expect(translate('Expression language: {expressionLanguageLabel}', { expressionLanguageLabel: 'FEEL' })).toBe('表达式语言：FEEL');
  });

  it('passes unknown texts through', () => {
    expect(translate('Something new')).toBe('Something new');
  });
});
