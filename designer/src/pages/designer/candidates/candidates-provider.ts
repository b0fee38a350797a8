import { h } from '@bpmn-io/properties-panel/preact';
import { useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import { zh } from '../../../i18n/zh';
import type { PanelGroup, PanelProviders } from '../panel-types';
import { assignmentCodes, nameAssignment, withCode, type Assignment, type NamedCode } from './candidate-names';
import type { DirectoryApi } from './directory-api';
import type { Directory } from './directory-types';

const t = zh.designer.candidates;

interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  get(name: string): unknown;
  values?: ModdleElement[];
}
interface PanelElement {
  businessObject: ModdleElement & { extensionElements?: ModdleElement };
}
interface BpmnFactory {
  create(type: string, properties: Record<string, unknown>): ModdleElement;
}
interface CommandStack {
  execute(command: string, context: unknown): void;
}

/** After the Zeebe provider (priority 500) has built the 分配 group. */
const Priority = 100;
const empty: Directory = { people: [], groups: [], roles: [] };

function assignmentDefinitionOf(element: PanelElement): ModdleElement | undefined {
  return element.businessObject.extensionElements?.values?.find((v) => v.$type === 'zeebe:AssignmentDefinition');
}

function assignmentOf(element: PanelElement): Assignment {
  const definition = assignmentDefinitionOf(element);
  const read = (name: string) => (definition?.get(name) as string | undefined) ?? undefined;
  return { assignee: read('assignee'), candidateUsers: read('candidateUsers'), candidateGroups: read('candidateGroups') };
}

function Line(props: { label: string; codes: NamedCode[]; testId: string }) {
  return h('div', { className: 'bpm-candidate-line', 'data-testid': props.testId },
    h('span', { className: 'bpm-candidate-label' }, `${props.label}：`),
    props.codes.length === 0 ? h('span', { className: 'muted' }, t.none)
      : props.codes.map((c) => h('span', { className: c.unknown ? 'bpm-candidate bpm-candidate-unknown' : 'bpm-candidate', 'data-code': c.code,
        'data-unknown': String(c.unknown) }, c.text)));
}

/** A user task's assignee, candidate users and candidate groups by their Chinese names, unknown codes flagged (what the
 *  designer reads; whether the deployment refuses them stays the server's check), and a search that adds candidates. */
export function installCandidateNames(modeler: { get(name: string): unknown }, directory: DirectoryApi): void {
  function Names(props: { element: PanelElement }) {
    const assignment = assignmentOf(props.element);
    const key = assignmentCodes(assignment).join(',');
    const [found, setFound] = useState<Directory | null>(null);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      let live = true;
      setFailed(false);
      if (!key) {
        setFound(empty);
        return undefined;
      }
      setFound(null);
      directory.names(key.split(',')).then((d) => live && setFound(d), () => live && setFailed(true));
      return () => { live = false; };
    }, [key]);
    if (failed) return h('p', { className: 'bpm-candidates muted' }, t.lookupFailed);
    if (!found) return h('p', { className: 'bpm-candidates muted' }, t.loading);
    const named = nameAssignment(assignment, found);
    return h('div', { className: 'bpm-candidates', 'data-testid': 'candidate-names' },
      h(Line, { label: t.assignee, codes: named.assignee, testId: 'candidate-assignee' }),
      h(Line, { label: t.candidateUsers, codes: named.candidateUsers, testId: 'candidate-users' }),
      h(Line, { label: t.candidateGroups, codes: named.candidateGroups, testId: 'candidate-groups' }));
  }

  function Picker(props: { element: PanelElement }) {
    const commandStack = useService('commandStack') as CommandStack;
    const bpmnFactory = useService('bpmnFactory') as BpmnFactory;
    const [text, setText] = useState('');
    const [found, setFound] = useState<Directory | null>(null);
    useEffect(() => {
      let live = true;
      const needle = text.trim();
      if (!needle) {
        setFound(null);
        return undefined;
      }
      const timer = setTimeout(() => directory.search(needle).then((d) => live && setFound(d), () => live && setFound(empty)), 250);
      return () => { live = false; clearTimeout(timer); };
    }, [text]);

    const add = (attribute: 'candidateUsers' | 'candidateGroups', code: string) => {
      const element = props.element;
      const bo = element.businessObject;
      const commands: unknown[] = [];
      let extensionElements = bo.extensionElements;
      if (!extensionElements) {
        extensionElements = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
        extensionElements.$parent = bo;
        commands.push({ cmd: 'element.updateModdleProperties', context: { element, moddleElement: bo, properties: { extensionElements } } });
      }
      let definition = assignmentDefinitionOf(element);
      if (!definition) {
        definition = bpmnFactory.create('zeebe:AssignmentDefinition', {});
        definition.$parent = extensionElements;
        commands.push({ cmd: 'element.updateModdleProperties',
          context: { element, moddleElement: extensionElements, properties: { values: [...(extensionElements.values ?? []), definition] } } });
      }
      const current = definition.get(attribute) as string | undefined;
      commands.push({ cmd: 'element.updateModdleProperties',
        context: { element, moddleElement: definition, properties: { [attribute]: withCode(current, code) } } });
      commandStack.execute('properties-panel.multi-command-executor', commands);
      setText('');
    };

    const choices = found ? [
      ...found.people.map((p) => h('li', {}, h('button', { type: 'button', className: 'link-button', 'data-add-user': p.username,
        onClick: () => add('candidateUsers', p.username) }, t.addUser(`${p.displayName}（${p.username}${p.organisationName ? `，${p.organisationName}` : ''}）`)))),
      ...found.groups.map((g) => h('li', {}, h('button', { type: 'button', className: 'link-button', 'data-add-group': g.code,
        onClick: () => add('candidateGroups', g.code) }, t.addGroup(`${g.unitNames.join('、')}（${g.code}）`)))),
    ] : [];
    return h('div', { className: 'bpm-candidate-picker' },
      h('input', { type: 'search', className: 'bio-properties-panel-input', placeholder: t.search, 'aria-label': t.search,
        'data-testid': 'candidate-search', value: text, onInput: (e: Event) => setText((e.target as HTMLInputElement).value) }),
      found && choices.length === 0 ? h('p', { className: 'muted' }, t.noMatch) : h('ul', { className: 'bpm-candidate-choices' }, ...choices));
  }

  (modeler.get('propertiesPanel') as PanelProviders<PanelElement>).registerProvider(Priority, {
    getGroups: (element) => (groups) => {
      if (element.businessObject.$type !== 'bpmn:UserTask') return groups;
      const group: PanelGroup = {
        id: 'bpm-candidates',
        label: t.group,
        entries: [
          { id: 'bpm-candidate-names', component: () => h(Names, { element }) },
          { id: 'bpm-candidate-picker', component: () => h(Picker, { element }) },
        ],
      };
      const assignment = groups.findIndex((g) => g.id === 'assignmentDefinition');
      const at = assignment >= 0 ? assignment + 1 : groups.length;
      return [...groups.slice(0, at), group, ...groups.slice(at)];
    },
  });
}
