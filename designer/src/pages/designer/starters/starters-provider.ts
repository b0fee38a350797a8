import { DescriptionEntry } from '@bpmn-io/properties-panel';
import { zh } from '../../../i18n/zh';
import type { PanelGroup, PanelProviders } from '../panel-types';
import { starterSummary } from './starter-summary';

interface ModdleElement {
  $type: string;
  name?: string;
  value?: string;
  values?: ModdleElement[];
  properties?: ModdleElement[];
  processRef?: ModdleElement;
  participants?: ModdleElement[];
  extensionElements?: ModdleElement;
}
interface PanelElement {
  businessObject: ModdleElement;
}

/** After the Zeebe provider (priority 500), like the form picker. */
const Priority = 100;

/** The process of the selected element: the process itself, the one a pool (participant) stands for, or, with nothing
 *  selected in a diagram of one pool, that pool's process. */
function processOf(element: PanelElement): ModdleElement | null {
  const bo = element.businessObject;
  if (bo.$type === 'bpmn:Process') return bo;
  if (bo.$type === 'bpmn:Participant') return bo.processRef ?? null;
  if (bo.$type === 'bpmn:Collaboration' && bo.participants?.length === 1) return bo.participants[0].processRef ?? null;
  return null;
}

/** The process's zeebe:properties as a name → value map. */
export function zeebeProperties(process: ModdleElement): Map<string, string> {
  const holder = process.extensionElements?.values?.find((v) => v.$type === 'zeebe:Properties');
  return new Map((holder?.properties ?? []).filter((p) => p.name).map((p) => [p.name!, p.value ?? '']));
}

/** 发起权限: a read-only group on the process that says who 发起案件 offers it to, roles by their Chinese names; the
 *  properties themselves stay in 扩展属性, where they are edited. */
export function installStartersGroup(modeler: { get(name: string): unknown }): void {
  (modeler.get('propertiesPanel') as PanelProviders<PanelElement>).registerProvider(Priority, {
    getGroups: (element) => (groups) => {
      const process = processOf(element);
      if (!process) return groups;
      const lines = [...starterSummary(zeebeProperties(process)), zh.designer.starters.hint];
      const group: PanelGroup = {
        id: 'bpm-starters',
        label: zh.designer.starters.group,
        entries: lines.map((value, index) => ({
          id: `bpm-starters-${index}`,
          component: () => DescriptionEntry({ element, forId: `bpm-starters-${index}`, value }),
        })),
      };
      const general = groups.findIndex((g) => g.id === 'general');
      return [...groups.slice(0, general + 1), group, ...groups.slice(general + 1)];
    },
  });
}
