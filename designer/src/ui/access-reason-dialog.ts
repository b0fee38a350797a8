import { zh } from '../i18n/zh';
import { h } from './dom';

/** Asks for the reason of reading another agency's case (调阅理由) in a modal dialog; null when cancelled. */
export function askAccessReason(detail: string): Promise<string | null> {
  return new Promise((resolve) => {
    const input = h('textarea', { name: 'accessReason', rows: 3, maxLength: 500, placeholder: zh.accessReason.placeholder });
    const dialog = h('dialog', { className: 'access-reason-dialog', 'data-testid': 'access-reason-dialog' },
      h('h2', {}, zh.accessReason.title),
      h('p', { className: 'muted' }, detail || zh.accessReason.explain),
      input,
      h('div', { className: 'toolbar' },
        h('button', { type: 'button', className: 'primary', 'data-action': 'give-reason', onclick: () => finish(input.value.trim() || null) }, zh.accessReason.confirm),
        h('button', { type: 'button', 'data-action': 'cancel-reason', onclick: () => finish(null) }, zh.accessReason.cancel)));
    dialog.addEventListener('cancel', () => finish(null));
    document.body.append(dialog);
    dialog.showModal();
    input.focus();

    function finish(reason: string | null): void {
      dialog.close();
      dialog.remove();
      resolve(reason);
    }
  });
}
