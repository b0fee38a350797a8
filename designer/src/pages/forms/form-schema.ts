import type { FormSchema } from '../../api/types';

/** Form ids become file names and references from BPMN (zeebe:formDefinition formId). */
export function isValidFormId(id: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]{0,99}$/.test(id);
}

/** A new form-js schema with a submit button, in the schema version the deployed forms use. */
export function emptyForm(id: string): FormSchema {
  return {
    id,
    type: 'default',
    schemaVersion: 16,
    executionPlatform: 'Camunda Cloud',
    components: [{ id: 'submit', type: 'button', action: 'submit', label: '提交' }],
  };
}
