import { describe, expect, it } from 'vitest';
import { formName, formOptions } from './form-options';

const texts = { none: '（未选择表单）', notDeployed: (id: string) => `${id}（未部署）` };
const form = (formId: string, heading?: string) => ({
  formId,
  schema: { components: heading ? [{ type: 'textfield' }, { type: 'text', text: `### ${heading}\n说明` }] : [] },
});

describe('form picker options', () => {
  it('names a form by its first heading, else by its id', () => {
    expect(formName(form('penalty-file-approval', '立案审批'))).toBe('立案审批');
    expect(formName(form('bare'))).toBe('bare');
    expect(formName({ formId: 'x', schema: { name: '自定义名称', components: [] } as never })).toBe('自定义名称');
  });

  it('offers none first and then the deployed forms in pinyin order of their names, storing their ids', () => {
    const options = formOptions([form('penalty-register', '案源登记'), form('license-archive', '归档')], 'license-archive', texts);
    expect(options).toEqual([
      { value: '', label: '（未选择表单）' },
      { value: 'penalty-register', label: '案源登记（penalty-register）' },
      { value: 'license-archive', label: '归档（license-archive）' },
    ]);
  });

  it('keeps a stored form id that is not deployed, marked as such', () => {
    const options = formOptions([form('penalty-register', '案源登记')], 'old-form', texts);
    expect(options[1]).toEqual({ value: 'old-form', label: 'old-form（未部署）' });
  });
});
