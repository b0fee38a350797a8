import '@bpmn-io/form-js/dist/assets/form-js.css';
import { Form } from '@bpmn-io/form-js';
import { ApiError } from '../../api/api-error';
import type { TaskForm } from '../../api/work-types';
import { keepTranslated } from '../../i18n/dom-translation';
import { formPatterns, formTranslations } from '../../i18n/form-translations';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { withoutSubmitButtons } from './case-facts';
import { toFormErrors } from './form-errors';

type Errors = Record<string, string[]>;

/** Sends the form's data (completes the task, or decides an escalation); rejects with the server's ApiError. */
export type FormSubmission = (variables: Record<string, unknown>) => Promise<unknown>;

/** A task's form in the form-js Viewer. Submitting validates in the browser first, then calls `submit`; the server's
 *  400 `errors[]` (one per field) are drawn under their fields like form-js' own. */
export async function renderTaskForm(host: HTMLElement, taskForm: TaskForm | null, editable: boolean, submit: FormSubmission,
  onCompleted: () => void, submitLabel: string = zh.inbox.submit, doneLabel: string = zh.inbox.completed,
  noFormLabel: string = zh.inbox.noForm): Promise<() => void> {
  const status = new StatusLine();
  const formHost = h('div', { className: 'task-form', 'data-testid': 'task-form' });
  const submitButton = h('button', { type: 'button', className: 'primary', 'data-action': 'submit-task', disabled: !editable }, submitLabel);
  host.replaceChildren(formHost, h('div', { className: 'toolbar' }, submitButton, status.element));
  // Declared before the form-less branch returns: `send` reads it on every click, with or without a form (declared after
  // that return, the first click of a form-less 发起 or 提交 threw "Cannot access before initialization" and did nothing).
  let sending = false;

  if (!taskForm?.schema) {
    formHost.append(h('p', { className: 'muted' }, noFormLabel));
    submitButton.addEventListener('click', () => void send({}));
    return () => {};
  }

  const stopTranslating = keepTranslated(formHost, formTranslations, formPatterns);
  // No debounce: with form-js' 300 ms debounce, a field's value reached the form state late, and a re-render in between
  // (the previous field flushing on Tab) reset what had just been typed into the next field.
  const form = new Form({ container: formHost, debounce: false } as ConstructorParameters<typeof Form>[0]);
  await form.importSchema(withoutSubmitButtons(taskForm.schema), taskForm.values ?? {});
  if (!editable) form.setProperty('readOnly', true);

  form.on('submit', (event: { data: Record<string, unknown>; errors: Errors }) => {
    const count = Object.keys(event.errors).length;
    if (count > 0) {
      status.error(zh.inbox.fieldErrors(count));
      return;
    }
    void send(event.data);
  });
  submitButton.addEventListener('click', () => { if (editable) form.submit(); });

  async function send(variables: Record<string, unknown>): Promise<void> {
    if (sending) return;
    sending = true;
    submitButton.disabled = true;
    try {
      await submit(variables);
      status.success(doneLabel);
      onCompleted();
    } catch (e) {
      submitButton.disabled = false;
      if (e instanceof ApiError && e.fieldErrors.length > 0 && taskForm?.schema) {
        const { byId, unmatched } = toFormErrors(taskForm.schema, e.fieldErrors);
        (form as unknown as { _setState(state: { errors: Errors }): void })._setState({ errors: byId });
        status.error([zh.inbox.fieldErrors(e.fieldErrors.length), ...unmatched.map((u) => `${u.field}：${u.message}`)].join('；'));
      } else {
        status.error(e instanceof ApiError ? e.userMessage : String(e));
      }
    } finally {
      sending = false;
    }
  }

  return () => {
    stopTranslating();
    form.destroy();
  };
}
