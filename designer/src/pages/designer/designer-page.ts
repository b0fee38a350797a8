import type BpmnModeler from 'bpmn-js/lib/Modeler';
import { ApiError } from '../../api/api-error';
import type { DeploymentProblem, ProcessDefinition } from '../../api/types';
import type { Page } from '../../app/page';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { createModeler, emptyDiagram } from './create-modeler';
import { withLayout } from './diagram-layout';
import { openDiffView } from './diff-view';
import { deleteDraft, listDrafts, saveDraft } from './drafts';
import { downloadText, pickFile } from './files';
import { groupVersions, processIdOf } from './process-versions';
import { ValidationMarkers } from './validation-markers';

/** 流程设计: deployed processes and their versions, the modeler, drafts, validation, deployment, import/export, diff. */
export const designerPage: Page = async (container, context) => {
  const status = new StatusLine();
  const list = h('div', { className: 'process-list', 'data-testid': 'process-list' });
  const canvas = h('div', { className: 'canvas', 'data-testid': 'canvas' });
  const properties = h('aside', { className: 'properties', 'data-testid': 'properties' });
  const problemList = h('ul', { className: 'problem-list', 'data-testid': 'problems' });
  const title = h('span', { className: 'diagram-title', 'data-testid': 'diagram-title' });
  const button = (action: string, label: string, onClick: () => void, primary = false) =>
    h('button', { type: 'button', 'data-action': action, className: primary ? 'primary' : '', onclick: onClick }, label);

  container.replaceChildren(h('div', { className: 'designer' },
    h('aside', { className: 'sidebar' }, h('h2', {}, zh.designer.processes), list),
    h('section', { className: 'workspace' },
      h('div', { className: 'toolbar' },
        title,
        button('new', zh.designer.newDiagram, () => void newDiagram()),
        button('import', zh.designer.importFile, () => void importFile()),
        button('export', zh.designer.exportFile, () => void exportFile()),
        button('save-draft', zh.designer.saveDraft, () => void storeDraft()),
        button('diff', zh.designer.diff, () => void showDiff()),
        button('validate', zh.designer.validate, () => void validate()),
        button('deploy', zh.designer.deploy, () => void deploy(), true)),
      status.element,
      h('div', { className: 'editor' }, canvas, properties),
      problemList)));

  status.info(zh.designer.loading);
  const templates = await context.api.elementTemplates().catch(() => []);
  const modeler: BpmnModeler = createModeler(canvas, properties, templates);
  const markers = new ValidationMarkers(modeler as never);
  let definitions: ProcessDefinition[] = [];
  let current: { processId: string | null; version: number | null } = { processId: null, version: null };

  async function open(xml: string, version: number | null): Promise<void> {
    const prepared = await withLayout(xml);
    const result = await modeler.importXML(prepared.xml);
    (modeler.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
    current = { processId: processIdOf(prepared.xml), version };
    title.textContent = current.processId
      ? `${current.processId}${version ? ` · ${zh.designer.version(version)}` : ` · ${zh.designer.drafts}`}`
      : zh.designer.untitled;
    showProblems([]);
    renderList();
    if (prepared.laidOut) status.info(zh.designer.laidOut);
    else if (result.warnings.length > 0) status.info(zh.designer.importWarnings(result.warnings.length));
    else status.clear();
  }

  async function currentXml(): Promise<string> {
    const { xml } = await modeler.saveXML({ format: true });
    return xml ?? '';
  }

  async function loadDefinitions(): Promise<void> {
    definitions = await context.api.processDefinitions();
    renderList();
  }

  function renderList(): void {
    const groups = groupVersions(definitions);
    const drafts = listDrafts();
    list.replaceChildren(
      ...(groups.length === 0 ? [h('p', { className: 'muted' }, zh.designer.noProcesses)] : []),
      ...groups.map((group) => h('div', { className: 'process', 'data-process-id': group.bpmnProcessId },
        h('div', { className: 'process-name', title: group.bpmnProcessId }, group.name),
        h('div', { className: 'versions' }, ...group.versions.map((definition) => h('button', {
          type: 'button',
          className: current.processId === group.bpmnProcessId && current.version === definition.version ? 'version active' : 'version',
          'data-version': definition.version,
          onclick: () => void openVersion(definition),
        }, zh.designer.version(definition.version)))))),
      ...(drafts.length > 0 ? [h('h2', {}, zh.designer.drafts)] : []),
      ...drafts.map((draft) => h('div', { className: 'draft', 'data-draft': draft.key },
        h('button', { type: 'button', className: 'version', onclick: () => void open(draft.xml, null) },
          `${draft.key} · ${new Date(draft.savedAt).toLocaleString('zh-CN')}`),
        h('button', { type: 'button', className: 'link-button', title: zh.designer.deleteDraft,
          onclick: () => { deleteDraft(draft.key); renderList(); } }, '×'))));
  }

  async function openVersion(definition: ProcessDefinition): Promise<void> {
    await guard(async () => open(await context.api.processXml(definition.processDefinitionKey), definition.version));
  }

  async function newDiagram(): Promise<void> {
    const id = `process-${Date.now().toString(36)}`;
    await guard(() => open(emptyDiagram(id, zh.designer.untitled), null));
  }

  async function importFile(): Promise<void> {
    const file = await pickFile('.bpmn,.xml');
    if (!file) return;
    try {
      await open(file.content, null);
    } catch (e) {
      status.error(`${zh.designer.importFailed}：${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function exportFile(): Promise<void> {
    const xml = await currentXml();
    downloadText(`${processIdOf(xml) ?? 'diagram'}.bpmn`, xml, 'application/xml');
  }

  async function storeDraft(): Promise<void> {
    const xml = await currentXml();
    const draft = saveDraft(processIdOf(xml) ?? zh.designer.untitled, xml);
    renderList();
    status.success(zh.designer.draftSaved(new Date(draft.savedAt).toLocaleString('zh-CN')));
  }

  async function upload(kind: 'validate' | 'deploy'): Promise<void> {
    const xml = await currentXml();
    const files = [{ name: `${processIdOf(xml) ?? 'diagram'}.bpmn`, content: xml }];
    try {
      if (kind === 'validate') {
        await context.api.validate(files);
        showProblems([]);
        status.success(zh.designer.valid);
        return;
      }
      const result = await context.api.deploy(files);
      showProblems([]);
      const deployed = result.processes[0];
      await loadDefinitions();
      if (deployed) {
        current = { processId: deployed.bpmnProcessId, version: deployed.version };
        title.textContent = `${deployed.bpmnProcessId} · ${zh.designer.version(deployed.version)}`;
        renderList();
        status.success(zh.designer.deployed(deployed.bpmnProcessId, deployed.version));
      }
    } catch (e) {
      if (e instanceof ApiError && e.problems.length > 0) {
        showProblems(e.problems);
        status.error(zh.designer.invalid(e.problems.length));
      } else {
        status.error(e instanceof ApiError ? e.userMessage : String(e));
      }
    }
  }

  const validate = () => upload('validate');
  const deploy = () => upload('deploy');

  function showProblems(problems: DeploymentProblem[]): void {
    markers.show(problems);
    problemList.replaceChildren(...problems.map((problem) => h('li', {
      'data-element-id': problem.elementId ?? '',
      onclick: () => selectElement(problem.elementId),
    },
    problem.elementId ? h('strong', {}, `${zh.designer.element} ${problem.elementId}`) : null,
    problem.line ? h('span', { className: 'muted' }, ` ${zh.designer.line} ${problem.line}`) : null,
    ` ${problem.message}`)));
  }

  function selectElement(id: string | null): void {
    if (!id) return;
    const element = (modeler.get('elementRegistry') as { get(id: string): unknown }).get(id);
    if (element) (modeler.get('selection') as { select(e: unknown): void }).select(element);
  }

  async function showDiff(): Promise<void> {
    const versions = definitions.filter((d) => d.bpmnProcessId === current.processId);
    await openDiffView(document.body, context, versions, current.version);
  }

  async function guard(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (e) {
      status.error(e instanceof ApiError ? e.userMessage : e instanceof Error ? e.message : String(e));
    }
  }

  await guard(loadDefinitions);
  const requested = new URLSearchParams(location.search).get('process');
  const first = groupVersions(definitions).find((g) => g.bpmnProcessId === requested) ?? groupVersions(definitions)[0];
  if (first) await openVersion(first.versions[0]);
  else await newDiagram();

  return () => modeler.destroy();
};
