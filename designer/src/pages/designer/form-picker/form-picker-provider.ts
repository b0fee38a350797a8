import { isSelectEntryEdited, SelectEntry } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import type { FormInfo } from '../../../api/types';
import { zh } from '../../../i18n/zh';
import { formOptions } from './form-options';

interface ModdleElement {
  $type: string;
  get(name: string): unknown;
  values?: ModdleElement[];
}
interface PanelElement {
  businessObject: ModdleElement & { extensionElements?: ModdleElement };
}
interface Entry {
  id: string;
  component: unknown;
  isEdited?: unknown;
}
interface Group {
  id: string;
  entries?: Entry[];
}
interface Modeling {
  updateModdleProperties(element: PanelElement, target: ModdleElement, properties: Record<string, unknown>): void;
}
interface PropertiesPanel {
  registerProvider(priority: number, provider: { getGroups(element: PanelElement): (groups: Group[]) => Group[] }): void;
}

/** After the Zeebe provider (priority 500) has built the form group. */
const Priority = 100;

function formDefinitionOf(element: PanelElement): ModdleElement | undefined {
  return element.businessObject.extensionElements?.values?.find((v) => v.$type === 'zeebe:FormDefinition');
}

/** A user task's linked form (zeebe:formDefinition formId) is picked from the deployed forms by name, not typed:
 *  the properties panel's 表单 ID text field is replaced by a list of the forms GET /api/forms answered. */
export function installFormPicker(modeler: { get(name: string): unknown }, forms: readonly FormInfo[]): void {
  function FormPicker(props: { element: PanelElement; id: string }) {
    const modeling = useService('modeling') as Modeling;
    const { element } = props;
    const current = () => (formDefinitionOf(element)?.get('formId') as string | undefined) ?? '';
    return SelectEntry({
      element,
      id: 'formId',
      label: zh.designer.form,
      getValue: current,
      setValue: (value: string) => {
        const definition = formDefinitionOf(element);
        if (definition) modeling.updateModdleProperties(element, definition, { formId: value });
      },
      getOptions: () => formOptions(forms, current() || undefined,
        { none: zh.designer.formNone, notDeployed: zh.designer.formNotDeployed }),
    });
  }

  (modeler.get('propertiesPanel') as PropertiesPanel).registerProvider(Priority, {
    getGroups: () => (groups) => {
      const form = groups.find((g) => g.id === 'form');
      const entry = form?.entries?.find((e) => e.id === 'formId');
      if (entry) {
        entry.component = FormPicker;
        entry.isEdited = isSelectEntryEdited;
      }
      return groups;
    },
  });
}
