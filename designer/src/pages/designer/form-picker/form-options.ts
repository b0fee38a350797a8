import type { FormInfo } from '../../../api/types';

/** One choice of the user task form picker: the form's id is stored, its name is shown. */
export interface FormOption {
  value: string;
  label: string;
}

/** What a person calls a form: its schema's name, else the first heading (our forms open with "### 立案审批"), else its id. */
export function formName(form: Pick<FormInfo, 'formId' | 'schema'>): string {
  const schema = form.schema as { name?: unknown; components?: { type?: string; text?: string }[] } | null;
  if (typeof schema?.name === 'string' && schema.name.trim()) return schema.name.trim();
  const text = schema?.components?.find((c) => c.type === 'text' && typeof c.text === 'string')?.text ?? '';
  const heading = text.split('\n')[0].replace(/^#+\s*/, '').trim();
  return heading || form.formId;
}

/** The picker's choices: none, then every deployed form by name (id beside it, names repeat: 归档); a stored id that
 *  is not deployed stays selectable, marked, so opening a model never changes its form silently. */
export function formOptions(forms: readonly Pick<FormInfo, 'formId' | 'schema'>[], current: string | undefined,
  texts: { none: string; notDeployed: (id: string) => string }): FormOption[] {
  const deployed = forms
    .map((form) => ({ value: form.formId, label: `${formName(form)}（${form.formId}）` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  const missing = current && !forms.some((f) => f.formId === current) ? [{ value: current, label: texts.notDeployed(current) }] : [];
  return [{ value: '', label: texts.none }, ...missing, ...deployed];
}
