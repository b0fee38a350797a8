import { zh } from '../i18n/zh';
import { h } from './dom';

/** What to do with unsaved changes before leaving them: save first, discard them, or stay. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** Asks 保存 / 放弃 / 取消 in a modal dialog; Escape is 取消, so nothing is dropped without a click on 放弃. */
export function askUnsavedChanges(subject: string): Promise<UnsavedChoice> {
  const t = zh.unsaved;
  return new Promise((resolve) => {
    const choice = (action: UnsavedChoice, label: string, primary = false) => h('button', {
      type: 'button', className: primary ? 'primary' : '', 'data-action': `unsaved-${action}`, onclick: () => finish(action),
    }, label);
    const dialog = h('dialog', { className: 'unsaved-dialog', 'data-testid': 'unsaved-dialog' },
      h('h2', {}, t.title),
      h('p', {}, t.explain(subject)),
      h('div', { className: 'toolbar' }, choice('save', t.save, true), choice('discard', t.discard), choice('cancel', t.cancel)));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish('cancel');
    });
    document.body.append(dialog);
    dialog.showModal();

    function finish(action: UnsavedChoice): void {
      dialog.close();
      dialog.remove();
      resolve(action);
    }
  });
}
