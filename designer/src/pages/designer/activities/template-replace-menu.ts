import { templateMenuEntries } from './template-menu-entries';
import type { ElementTemplates } from './template-services';

interface PopupMenu {
  registerProvider(id: string, priority: number, provider: unknown): void;
}

/** Adds our activities to the replace menu (the context pad's 更改元素类型): a plain task, a service task or another
 * activity becomes the chosen activity with its template applied. */
class TemplateReplaceMenuProvider {
  static $inject = ['popupMenu', 'elementTemplates'];

  constructor(popupMenu: PopupMenu, private readonly elementTemplates: ElementTemplates) {
    popupMenu.registerProvider('bpmn-replace', 500, this);
  }

  getPopupMenuEntries(element: unknown): (entries: Record<string, unknown>) => Record<string, unknown> {
    return (entries) => ({ ...entries, ...templateMenuEntries(this.elementTemplates, element) });
  }
}

export const TemplateReplaceMenuModule = {
  __init__: ['bpmTemplateReplaceMenu'],
  bpmTemplateReplaceMenu: ['type', TemplateReplaceMenuProvider],
};
