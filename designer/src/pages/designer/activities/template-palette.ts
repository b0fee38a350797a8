import { zh } from '../../../i18n/zh';
import { categoryOf } from './activity-categories';
import { categoryIconUrl } from './category-icons';
import type { ElementTemplate, ElementTemplates, EventBus } from './template-services';

interface Palette {
  registerProvider(priority: number, provider: unknown): void;
  /** diagram-js' own redraw of the entries (what registerProvider calls). */
  _rebuild(): void;
}

interface Create {
  start(event: Event, element: unknown): void;
}

/** The icon of a template: its own when it declares one, else its category's. */
export function templateIconUrl(template: ElementTemplate): string {
  return template.icon?.contents ?? categoryIconUrl(categoryOf(template));
}

/** Adds one palette entry per custom enforcement activity (the server's element templates) with its category's icon:
 * clicking or dragging it creates the element with the template applied. */
class TemplatePaletteProvider {
  static $inject = ['palette', 'create', 'elementTemplates', 'eventBus'];

  constructor(palette: Palette, private readonly create: Create, private readonly elementTemplates: ElementTemplates, eventBus: EventBus) {
    palette.registerProvider(500, this);
    // Templates arrive on diagram.init, possibly after the palette drew its entries: redraw them then.
    eventBus.on('elementTemplates.changed', () => palette._rebuild());
  }

  getPaletteEntries(): Record<string, unknown> {
    const entries: Record<string, unknown> = {};
    for (const template of this.elementTemplates.getLatest()) {
      const start = (event: Event) => this.create.start(event, this.elementTemplates.createElement(template));
      entries[`bpm-template.${template.id}`] = {
        group: 'bpm-activities',
        className: `bpm-template-entry bpm-category-${categoryOf(template)}`,
        imageUrl: templateIconUrl(template),
        title: `${zh.designer.activities}：${template.name}`,
        action: { click: start, dragstart: start },
      };
    }
    return entries;
  }
}

export const TemplatePaletteModule = {
  __init__: ['bpmTemplatePalette'],
  bpmTemplatePalette: ['type', TemplatePaletteProvider],
};
