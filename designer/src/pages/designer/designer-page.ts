import type BpmnModeler from 'bpmn-js/lib/Modeler';
import { ApiError } from '../../api/api-error';
import type { DeploymentProblem, ProcessDefinition } from '../../api/types';
import { markLoad } from '../../app/load-marks';
import type { Page } from '../../app/page';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { askUnsavedChanges } from '../../ui/unsaved-changes-dialog';
import { createModeler, emptyDiagram } from './create-modeler';
import { withLayout } from './diagram-layout';
import { showDiagramTitle, titledProcessOf } from './diagram-title';
import { defaultDiffPair } from './diff-pair';
import { openDiffView } from './diff-view';
import { deleteDraft, listDrafts, saveDraft } from './drafts';
import { prefetchFeelEditors } from './feel/prefetch-feel-editors';
import { downloadText, pickFile } from './files';
import { takeDesignerRequests } from './first-requests';
import { installFormPicker } from './form-picker/form-picker-provider';
import { installStartersGroup } from './starters/starters-provider';
import { installCandidateNames } from './candidates/candidates-provider';
import { DirectoryApi } from './candidates/directory-api';
import { LiveValidation } from './lint/live-validation';
import { serverProblems } from './lint/server-problems';
import { groupVersions, processIdOf } from './process-versions';
import { UnsavedChanges } from './unsaved/unsaved-changes';
import { ValidationMarkers } from './validation-markers';
import { afterPaint } from './view/after-paint';
import { fitToView } from './view/fit-to-view';

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
  const diffButton = button('diff', zh.designer.diff, () => void showDiff());
  const lintState = h('span', { className: 'lint-state', 'data-testid': 'lint-state' });

  container.replaceChildren(h('div', { className: 'designer' },
    h('aside', { className: 'sidebar' }, h('h2', {}, zh.designer.processes), list),
    h('section', { className: 'workspace' },
      h('div', { className: 'toolbar' },
        title,
        lintState,
        button('new', zh.designer.newDiagram, () => void newDiagram()),
        button('import', zh.designer.importFile, () => void importFile()),
        button('export', zh.designer.exportFile, () => void exportFile()),
        button('save-draft', zh.designer.saveDraft, () => void storeDraft()),
        diffButton,
        button('validate', zh.designer.validate, () => void validate()),
        button('deploy', zh.designer.deploy, () => void deploy(), true)),
      status.element,
      h('div', { className: 'editor' }, canvas, properties),
      problemList)));

  status.info(zh.designer.loading);
  markLoad('designer:start');
  // All first requests at once (usually started by the router while this page's chunks loaded): the process list does
  // not wait for the modeler.
  const first = takeDesignerRequests(context.api);
  const definitionsLoading = first.definitions;
  const [templates, forms] = await Promise.all([first.templates.catch(() => []), first.forms.catch(() => [])]);
  markLoad('designer:templates-loaded');
  const modeler: BpmnModeler = createModeler(canvas, properties, templates);
  markLoad('designer:modeler-created');
  installFormPicker(modeler as never, forms);
  installStartersGroup(modeler as never);
  installCandidateNames(modeler as never, new DirectoryApi(context.api));
  const markers = new ValidationMarkers(modeler as never);
  const events = modeler.get('eventBus') as ConstructorParameters<typeof LiveValidation>[0];
  const lint = new LiveValidation(events, async () => {
    markLoad('designer:lint-asked');
    return serverProblems(context.api, await currentFiles());
  }, (problems) => {
    showProblems(problems);
    markLoad('designer:lint-shown');
  });
  const unsaved = new UnsavedChanges(events as never, () => askUnsavedChanges(shownName()), () => storeDraft());
  // After UnsavedChanges' own listener, so the title reads the dirty flag of this very change.
  events.on('commandStack.changed', () => refreshTitle());
  let definitions: ProcessDefinition[] = [];
  let current: { processId: string | null; version: number | null } = { processId: null, version: null };

  async function open(xml: string, version: number | null): Promise<void> {
    markLoad('designer:xml-loaded');
    const prepared = await withLayout(xml);
    const result = await modeler.importXML(prepared.xml);
    markLoad('designer:imported');
    fitToView(modeler.get('canvas') as never, modeler.get('elementRegistry') as never);
    markLoad('designer:fitted');
    current = { processId: processIdOf(prepared.xml), version };
    unsaved.markSaved();
    refreshTitle();
    markLoad('designer:titled');
    showProblems([]);
    // The model is checked once it is on screen; the check's answer draws over it.
    void afterPaint().then(() => lint.run());
    renderList();
    if (prepared.laidOut) status.info(zh.designer.laidOut);
    else if (result.warnings.length > 0) status.info(zh.designer.importWarnings(result.warnings.length));
    else status.clear();
  }

  /** The title as the model reads now (a name edited in the properties panel shows without saving) and whether it is saved. */
  function refreshTitle(): void {
    showDiagramTitle(title, liveProcess(), current.version, unsaved.hasChanges);
  }

  function liveProcess() {
    return titledProcessOf((modeler as unknown as { getDefinitions(): Parameters<typeof titledProcessOf>[0] }).getDefinitions());
  }

  function shownName(): string {
    const process = liveProcess();
    return process.name ?? process.id ?? zh.designer.untitled;
  }

  async function currentXml(): Promise<string> {
    const { xml } = await modeler.saveXML({ format: true });
    return xml ?? '';
  }

  async function currentFiles(): Promise<{ name: string; content: string }[]> {
    const xml = await currentXml();
    return [{ name: `${processIdOf(xml) ?? 'diagram'}.bpmn`, content: xml }];
  }

  async function loadDefinitions(loading = context.api.processDefinitions()): Promise<void> {
    definitions = await loading;
    markLoad('designer:definitions-loaded');
    renderList();
  }

  function renderList(): void {
    const groups = groupVersions(definitions);
    const drafts = listDrafts();
    const comparable = defaultDiffPair(definitions.filter((d) => d.bpmnProcessId === current.processId).map((d) => d.version), current.version);
    diffButton.disabled = comparable === null;
    diffButton.title = comparable === null ? zh.designer.diffNeedsTwo : '';
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
        h('button', { type: 'button', className: 'version', onclick: () => void leaveFor(() => open(draft.xml, null)) },
          `${draft.key} · ${new Date(draft.savedAt).toLocaleString('zh-CN')}`),
        h('button', { type: 'button', className: 'link-button', title: zh.designer.deleteDraft,
          onclick: () => { deleteDraft(draft.key); renderList(); } }, '×'))));
  }

  /** Opens another diagram only when the current one's unsaved changes are saved or given up. */
  async function leaveFor(work: () => Promise<void>): Promise<void> {
    if (await unsaved.confirmLeave()) await work();
  }

  async function openVersion(definition: ProcessDefinition): Promise<void> {
    await leaveFor(() => guard(async () => open(await context.api.processXml(definition.processDefinitionKey), definition.version)));
  }

  async function newDiagram(): Promise<void> {
    const id = `process-${Date.now().toString(36)}`;
    await leaveFor(() => guard(() => open(emptyDiagram(id, zh.designer.untitled), null)));
  }

  async function importFile(): Promise<void> {
    if (!(await unsaved.confirmLeave())) return;
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
    unsaved.markSaved();
    refreshTitle();
    renderList();
    status.success(zh.designer.draftSaved(new Date(draft.savedAt).toLocaleString('zh-CN')));
  }

  async function upload(kind: 'validate' | 'deploy'): Promise<void> {
    const files = await currentFiles();
    lint.supersede();
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
        unsaved.markSaved();
        current = { processId: deployed.bpmnProcessId, version: deployed.version };
        refreshTitle();
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
    lintState.textContent = problems.length > 0 ? zh.designer.lintProblems(problems.length) : zh.designer.lintClean;
    lintState.classList.toggle('has-problems', problems.length > 0);
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

  await guard(() => loadDefinitions(definitionsLoading));
  const requested = new URLSearchParams(location.search).get('process');
  const opened = groupVersions(definitions).find((g) => g.bpmnProcessId === requested) ?? groupVersions(definitions)[0];
  if (opened) await openVersion(opened.versions[0]);
  else await newDiagram();
  prefetchFeelEditors();

  return () => {
    lint.dispose();
    unsaved.dispose();
    document.title = zh.appName;
    modeler.destroy();
  };
};
