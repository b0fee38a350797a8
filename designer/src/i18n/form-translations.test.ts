import { Form } from '@bpmn-io/form-js';
import { describe, expect, it } from 'vitest';
import { keepTranslated } from './dom-translation';
import { formPatterns, formTranslations } from './form-translations';

const schema = {
  type: 'default',
  components: [
    { key: 'party', type: 'textfield', label: '当事人', validate: { required: true } },
    { key: 'creditCode', type: 'textfield', label: '统一社会信用代码', validate: { pattern: '^[0-9A-Z]{18}$' } },
    { key: 'amount', type: 'number', label: '罚款金额', validate: { min: 1, max: 200 } },
    { key: 'kind', type: 'select', label: '处罚种类', values: [{ label: '警告', value: 'warning' }] },
  ],
};

describe('form-js messages in Chinese', () => {
  it('shows the viewer\'s validation messages and placeholders in Chinese', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const stop = keepTranslated(host, formTranslations, formPatterns);
    const form = new Form({ container: host });
    await form.importSchema(schema, { creditCode: 'abc', amount: 500 });

    form.submit();
    await new Promise((resolve) => setTimeout(resolve, 0));

    const text = host.textContent ?? '';
    expect(text).toContain('此项为必填项。');
    expect(text).toContain('格式不正确，须符合 ^[0-9A-Z]{18}$。');
    expect(text).toContain('不能大于 200。');
    expect(text).toContain('请选择');
    expect(text).not.toMatch(/Field (is|must)|Select/);
    stop();
    form.destroy();
    host.remove();
  });
});
