import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { display } from './history-entries';
import type { Notice } from './notice';
import { kindOf, parseValue, type ValueKind } from './variable-value';

const t = zh.operations;

/** The instance's variables, each value whole (long ones fold open); on a running case each has 修改: a field of the
 *  value's kind (JSON only for objects and lists) and a required reason, saved through the server, then `changed` with
 *  what to say on the redrawn page. */
export function variablesPanel(work: WorkApi, instanceKey: string, variables: Record<string, unknown>, editable: boolean,
  status: StatusLine, changed: (notice?: Notice) => void): HTMLElement {
  const rows = Object.entries(variables).sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) => {
    const cell = h('td', {}, valueView(value));
    const edit = editable
      ? h('button', { type: 'button', 'data-action': 'edit-variable', onclick: () => cell.replaceChildren(editor(name, value)) }, t.editVariable)
      : null;
    return h('tr', { 'data-variable': name }, h('th', { scope: 'row' }, name), cell, h('td', {}, edit));
  });
  return h('section', { 'data-testid': 'variables' }, h('h3', {}, t.variables),
    rows.length === 0 ? h('p', { className: 'muted' }, t.noVariables) : h('table', { className: 'grid variables' }, h('tbody', {}, ...rows)));

  function editor(name: string, value: unknown): HTMLElement {
    const kind = kindOf(value);
    const field = fieldFor(kind, value);
    const reason = h('input', { name: 'reason', placeholder: t.editReason, 'aria-label': t.editReason, size: 30 });
    const save = async (e: Event) => {
      e.preventDefault();
      if (!reason.value.trim()) {
        status.error(t.editReasonRequired);
        reason.focus();
        return;
      }
      try {
        await work.setVariable(instanceKey, name, parseValue(kind, field.value), reason.value.trim());
        changed({ kind: 'success', text: t.variableSaved(name) });
      } catch (error) {
        status.error(error instanceof ApiError ? error.userMessage : error instanceof Error ? error.message : String(error));
      }
    };
    return h('form', { className: 'variable-editor', 'data-editing': name, onsubmit: save },
      field, reason, h('button', { type: 'submit', className: 'primary' }, t.saveVariable),
      h('button', { type: 'button', onclick: () => changed() }, t.cancelEdit));
  }
}

function fieldFor(kind: ValueKind, value: unknown): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const label = { 'aria-label': t.newValue, name: 'value' };
  switch (kind) {
    case 'boolean': {
      const select = h('select', label, h('option', { value: 'true' }, '是（true）'), h('option', { value: 'false' }, '否（false）'));
      select.value = String(value);
      return select;
    }
    case 'number': return h('input', { ...label, type: 'number', step: 'any', value: String(value) });
    case 'json': return h('textarea', { ...label, rows: 6, cols: 48 }, JSON.stringify(value, null, 2));
    default: return h('input', { ...label, type: 'text', size: 40, value: value === null || value === undefined ? '' : String(value) });
  }
}

/** A value whole; longer than a line, it folds: the beginning shown, the rest opened with a click. */
export function valueView(value: unknown): HTMLElement {
  const text = display(value);
  if (text.length <= 80 && !text.includes('\n')) return h('code', {}, text === '' ? 'null' : text);
  return h('details', { className: 'value' }, h('summary', {}, `${text.replace(/\s+/g, ' ').slice(0, 60)}…`), h('pre', {}, text));
}
