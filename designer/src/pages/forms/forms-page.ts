import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import { FormEditor } from '@bpmn-io/form-js-editor';
import { ApiError } from '../../api/api-error';
import type { FormInfo, FormSchema } from '../../api/types';
import type { Page } from '../../app/page';
import { keepTranslated } from '../../i18n/dom-translation';
import { formEditorPatterns, formEditorTranslations } from '../../i18n/form-editor-translations';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { emptyForm, isValidFormId } from './form-schema';

/** 表单设计: deployed forms (latest versions), the form-js editor, deploy as the form's next version. */
export const formsPage: Page = async (container, context) => {
  const status = new StatusLine();
  const list = h('div', { className: 'process-list', 'data-testid': 'form-list' });
  const editorHost = h('div', { className: 'form-editor', 'data-testid': 'form-editor' });
  const title = h('span', { className: 'diagram-title', 'data-testid': 'form-title' });
  container.replaceChildren(h('div', { className: 'designer' },
    h('aside', { className: 'sidebar' }, h('h2', {}, zh.forms.list), list),
    h('section', { className: 'workspace' },
      h('div', { className: 'toolbar' },
        title,
        h('button', { type: 'button', 'data-action': 'new-form', onclick: () => void newForm() }, zh.forms.newForm),
        h('button', { type: 'button', className: 'primary', 'data-action': 'deploy-form', onclick: () => void deploy() }, zh.forms.deploy)),
      status.element,
      editorHost)));

  const editor = new FormEditor({ container: editorHost });
  const stopTranslating = keepTranslated(editorHost, formEditorTranslations, formEditorPatterns);
  let forms: FormInfo[] = [];
  let currentId: string | null = null;

  async function load(): Promise<void> {
    forms = await context.api.forms();
    list.replaceChildren(
      ...(forms.length === 0 ? [h('p', { className: 'muted' }, zh.forms.noForms)] : []),
      ...forms.map((form) => h('button', {
        type: 'button',
        className: form.formId === currentId ? 'version active' : 'version',
        'data-form-id': form.formId,
        onclick: () => void open(form.schema ?? emptyForm(form.formId), form.formId, form.version),
      }, `${form.formId} · ${zh.designer.version(form.version)}`)));
  }

  async function open(schema: FormSchema, id: string, version: number | null): Promise<void> {
    await editor.importSchema(schema);
    currentId = id;
    title.textContent = version ? `${id} · ${zh.designer.version(version)}` : id;
    status.clear();
  }

  async function newForm(): Promise<void> {
    const id = prompt(zh.forms.idPrompt)?.trim();
    if (!id) return;
    if (!isValidFormId(id)) {
      status.error(zh.forms.idInvalid);
      return;
    }
    await open(emptyForm(id), id, null);
  }

  async function deploy(): Promise<void> {
    const schema = editor.saveSchema() as FormSchema;
    const id = (typeof schema.id === 'string' && schema.id) || currentId;
    if (!id) return;
    try {
      const result = await context.api.deploy([{ name: `${id}.form`, content: JSON.stringify({ ...schema, id }, null, 2) }]);
      const deployed = result.forms?.find((f) => f.formId === id);
      currentId = id;
      await load();
      if (deployed) {
        title.textContent = `${id} · ${zh.designer.version(deployed.version)}`;
        status.success(zh.forms.deployed(id, deployed.version));
      }
    } catch (e) {
      status.error(e instanceof ApiError
        ? [e.userMessage, ...e.problems.map((p) => p.message)].join('；')
        : String(e));
    }
  }

  try {
    await load();
    if (forms[0]) await open(forms[0].schema ?? emptyForm(forms[0].formId), forms[0].formId, forms[0].version);
  } catch (e) {
    status.error(e instanceof ApiError ? e.userMessage : String(e));
  }
  return () => {
    stopTranslating();
    editor.destroy();
  };
};
