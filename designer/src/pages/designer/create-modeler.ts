import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule } from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import type { ElementTemplate } from '../../api/types';
import { keepTranslated } from '../../i18n/dom-translation';
import { ChineseTranslateModule } from '../../i18n/translate';
import { ActivitiesModule } from './activities';
import { DeferredTemplateValidationModule } from './templates/deferred-template-validation';

/** The bpmn-js modeler with the zeebe (Camunda 8) properties panel, our activities' element templates in the palette
 * and properties panel, and the Chinese translation. The bpmn.io watermark stays, as its licence requires. */
export function createModeler(canvas: HTMLElement, propertiesPanel: HTMLElement, templates: ElementTemplate[]): BpmnModeler {
  const modeler = new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: propertiesPanel },
    elementTemplates: templates,
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      ZeebeBehaviorsModule,
      CloudElementTemplatesPropertiesProviderModule,
      DeferredTemplateValidationModule,
      ActivitiesModule,
      ChineseTranslateModule,
    ],
    moddleExtensions: { zeebe: zeebeModdle },
  } as ConstructorParameters<typeof BpmnModeler>[0]);
  const stopTranslating = keepTranslated(propertiesPanel);
  modeler.on('diagram.destroy', stopTranslating);
  return modeler;
}

/** A new, empty executable process with one start event. */
export function emptyDiagram(processId: string, name: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  id="defs_${processId}" targetNamespace="http://bpm.example/enforcement">
  <bpmn:process id="${processId}" name="${name}" isExecutable="true">
    <bpmn:startEvent id="start" name="开始" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram_${processId}">
    <bpmndi:BPMNPlane id="plane_${processId}" bpmnElement="${processId}">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="180" y="160" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}
