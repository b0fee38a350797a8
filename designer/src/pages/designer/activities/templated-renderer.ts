import BaseRenderer from 'diagram-js/lib/draw/BaseRenderer';
import type { BpmnRenderer, DiagramShape, ElementTemplate, ElementTemplates, EventBus, TextRenderer } from './template-services';

/** What our canvas renderers share: they run above bpmn-js' own renderer, draw only elements bound to one of our element
 * templates (zeebe:modelerTemplate) and keep bpmn-js' outline for hit areas and connections. */
export abstract class TemplatedRenderer extends BaseRenderer {
  static $inject = ['eventBus', 'bpmnRenderer', 'textRenderer', 'elementTemplates'];

  constructor(eventBus: EventBus, protected readonly bpmnRenderer: BpmnRenderer, protected readonly textRenderer: TextRenderer,
    private readonly elementTemplates: ElementTemplates) {
    // Above bpmn-js' own renderer (1000 by default).
    super(eventBus as never, 1500);
  }

  getShapePath(element: DiagramShape): string {
    return this.bpmnRenderer.getShapePath(element);
  }

  protected templateOf(element: DiagramShape): ElementTemplate | null {
    if (!element.businessObject?.get('zeebe:modelerTemplate')) return null;
    return this.elementTemplates.get(element);
  }
}
