import { zh } from '../../i18n/zh';

interface Template {
  id: string;
  name: string;
  icon?: { contents: string };
}

interface ElementTemplates {
  getLatest(): Template[];
  createElement(template: Template): unknown;
}

interface Palette {
  registerProvider(priority: number, provider: unknown): void;
  /** diagram-js' own redraw of the entries (what registerProvider calls). */
  _rebuild(): void;
}

interface EventBus {
  on(event: string, callback: () => void): void;
}

interface Create {
  start(event: Event, element: unknown): void;
}

/** Adds one palette entry per custom enforcement activity (the server's element templates): clicking or dragging it
 * creates a service task with the template applied. */
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
        className: template.icon ? 'bpm-template-entry' : 'bpm-template-entry bpmn-icon-service-task',
        imageUrl: template.icon?.contents,
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
