import { templateMenuEntries } from './template-menu-entries';
import type { ElementTemplates, EventBus } from './template-services';

export const chooserMenuId = 'bpm-template-chooser';

interface PopupMenu {
  registerProvider(id: string, provider: unknown): void;
  open(target: unknown, providerId: string, position: { x: number; y: number; cursor?: { x: number; y: number } }, options?: object): void;
}

interface ElementRegistry {
  getGraphics(element: unknown): SVGElement | undefined;
}

/** The properties panel's 选择 / 更改 (template) buttons only fire `elementTemplates.select`; the studio answers with a
 * menu of the templates applicable to the element, the same entries and icons as the replace menu. */
class TemplateChooser {
  static $inject = ['eventBus', 'popupMenu', 'elementTemplates', 'elementRegistry'];

  constructor(eventBus: EventBus, popupMenu: PopupMenu, private readonly elementTemplates: ElementTemplates, elementRegistry: ElementRegistry) {
    popupMenu.registerProvider(chooserMenuId, this);
    eventBus.on('elementTemplates.select', ({ element }) => {
      const box = elementRegistry.getGraphics(element)?.getBoundingClientRect();
      const position = box ? { x: box.left, y: box.bottom + 5 } : { x: 100, y: 100 };
      popupMenu.open(element, chooserMenuId, { ...position, cursor: position }, { search: true, title: '选择执法活动模板' });
    });
  }

  getPopupMenuEntries(element: unknown): Record<string, unknown> {
    return templateMenuEntries(this.elementTemplates, element);
  }
}

export const TemplateChooserModule = {
  __init__: ['bpmTemplateChooser'],
  bpmTemplateChooser: ['type', TemplateChooser],
};
