import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import type { Incident, Instance, InstanceHistoryEntry } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { personName } from '../../ui/person-name';
import { withLayout } from '../designer/diagram-layout';
import { fitToView } from '../designer/view/fit-to-view';
import { caseFileButton } from '../inbox/case-file-button';
import { formatChinaTime } from '../inbox/deadline-badge';
import { elementStatuses, markerFor } from './element-status';
import { historyLines } from './history-entries';
import type { Notice } from './notice';
import { elementInfos, incidentText, type ElementInfo } from './incident-text';
import { valueView, variablesPanel } from './variables-panel';

const t = zh.operations;

interface Canvas { addMarker(id: string, marker: string): void }
interface Registry { get(id: string): unknown }
interface Overlays { add(id: string, overlay: { position: { bottom: number; right: number }; html: HTMLElement }): void }


/** One instance: the diagram coloured by completed / active / incident elements with counts, variables (editable with a
 *  reason), the history, incidents in Chinese with 重试 (which reports what happened), and cancellation. */
export async function renderInstance(host: HTMLElement, work: WorkApi, instanceKey: string, back: () => void, notice?: Notice): Promise<() => void> {
  const status = new StatusLine();
  if (notice) status[notice.kind](notice.text);
  const canvasHost = h('div', { className: 'op-canvas', 'data-testid': 'instance-diagram' });
  const viewer = new NavigatedViewer({ container: canvasHost });
  const reload = (next?: Notice) => void renderInstance(host, work, instanceKey, back, next).then((close) => { viewer.destroy(); teardown = close; });
  let teardown = () => viewer.destroy();
  try {
    const [instance, history, activities] = await Promise.all([work.instance(instanceKey), work.instanceHistory(instanceKey),
      work.activityNames().catch(() => new Map<string, string>())]);
    const xml = await work.definitionXml(instance.processDefinitionKey);
    const elements = elementInfos(xml, activities);
    const processName = elements.get(instance.bpmnProcessId)?.name ?? instance.bpmnProcessId;
    const statuses = elementStatuses(history, instance.activeElementIds, instance.incidents);
    const totals = [...statuses.values()].reduce((sum, s) => ({
      completed: sum.completed + (s.completed > 0 ? 1 : 0), active: sum.active + s.active, incidents: sum.incidents + s.incidents,
    }), { completed: 0, active: 0, incidents: 0 });

    host.replaceChildren(
      h('div', { className: 'toolbar' },
        h('button', { type: 'button', onclick: back }, t.back),
        h('strong', { 'data-testid': 'instance-title' }, `${processName} v${instance.version} #${instance.processInstanceKey}`),
        h('span', {}, t.states[instance.state] ?? instance.state),
        instance.businessKey ? h('span', { className: 'muted' }, instance.businessKey) : '',
        h('span', { className: 'legend' },
          h('i', { className: 'swatch op-completed' }), t.legend.completed, h('i', { className: 'swatch op-active' }), t.legend.active,
          h('i', { className: 'swatch op-incident' }), t.legend.incident),
        h('span', { 'data-testid': 'element-counts' }, t.counts(totals.completed, totals.active, totals.incidents)),
        instance.state === 'ACTIVE' ? h('button', { type: 'button', 'data-action': 'cancel-instance', onclick: () => void cancel() }, t.cancel) : '',
        caseFileButton(work, instance.processInstanceKey, status)),
      status.element,
      canvasHost,
      h('div', { className: 'op-panels' },
        incidentsPanel(instance, elements),
        variablesPanel(work, instanceKey, instance.variables, instance.state === 'ACTIVE', status, reload),
        historyPanel(history, elements)));

    await viewer.importXML((await withLayout(xml)).xml);
    const canvas = viewer.get('canvas') as Canvas;
    const registry = viewer.get('elementRegistry') as Registry;
    const overlays = viewer.get('overlays') as Overlays;
    const incidentIds = instance.incidents.filter((i) => i.state === 'ACTIVE').map((i) => i.elementId);
    fitToView(viewer.get('canvas') as never, registry as never, [...incidentIds, ...instance.activeElementIds]);
    for (const [id, s] of statuses) {
      const marker = markerFor(s);
      if (!marker || !registry.get(id)) continue;
      canvas.addMarker(id, marker);
      const count = s.incidents || s.active || s.completed;
      overlays.add(id, { position: { bottom: 8, right: 8 }, html: h('span', { className: `op-count ${marker}`, 'data-count-for': id }, String(count)) });
    }
  } catch (e) {
    status.error(e instanceof ApiError ? e.userMessage : String(e));
    if (!host.contains(status.element)) host.replaceChildren(status.element);
  }
  return () => teardown();

  async function cancel(): Promise<void> {
    const reason = prompt(t.confirmCancel)?.trim();
    if (!reason) return;
    try {
      await work.cancel(instanceKey, reason);
      reload();
    } catch (e) { status.error(e instanceof ApiError ? e.userMessage : String(e)); }
  }

  function incidentsPanel(instance: Instance, elements: Map<string, ElementInfo>): HTMLElement {
    const open = instance.incidents.filter((i) => i.state === 'ACTIVE');
    return h('section', { 'data-testid': 'incidents' }, h('h3', {}, t.incidents),
      open.length === 0 ? h('p', { className: 'muted' }, t.noIncidents) : h('ul', { className: 'entries' }, ...open.map((incident) =>
        h('li', { 'data-incident': incident.incidentKey },
          h('div', { className: 'incident-text' }, incidentText(incident, elements)),
          h('div', { className: 'muted' }, formatChinaTime(incident.createdAt)),
          h('button', { type: 'button', 'data-action': 'retry', onclick: (e: Event) => void retry(incident, elements, e.currentTarget as HTMLButtonElement) }, t.retry)))));
  }

  /** Retries, then watches the instance until the element moved on (success) or failed again (its new incident), so
   *  the page says which; a job still running after the wait is said to be running. */
  async function retry(incident: Incident, elements: Map<string, ElementInfo>, button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    status.info(t.retrying);
    try {
      await work.retry(incident.incidentKey);
      for (let attempt = 0; attempt < RetryChecks; attempt++) {
        const now = await work.instance(instanceKey);
        const again = now.incidents.find((i) => i.state === 'ACTIVE' && i.elementId === incident.elementId && i.incidentKey !== incident.incidentKey);
        if (again) return reload({ kind: 'error', text: t.retryFailed(incidentText(again, elements)) });
        if (!now.activeElementIds.includes(incident.elementId) || now.state !== 'ACTIVE')
          return reload({ kind: 'success', text: t.retrySucceeded(elements.get(incident.elementId)?.name ?? incident.elementId) });
        await new Promise((resolve) => setTimeout(resolve, RetryCheckMs));
      }
      reload({ kind: 'success', text: t.retryRunning });
    } catch (e) {
      button.disabled = false;
      status.error(e instanceof ApiError ? e.userMessage : String(e));
    }
  }

  function historyPanel(history: InstanceHistoryEntry[], elements: Map<string, ElementInfo>): HTMLElement {
    const names = new Map([...elements].map(([id, info]) => [id, info.name]));
    return h('section', {}, h('h3', {}, t.history), h('ol', { className: 'timeline history', 'data-testid': 'history' },
      ...historyLines(history, names).slice(-200).map((line) =>
        h('li', { 'data-event': line.event },
          h('span', { className: 'muted' }, formatChinaTime(line.at)), ` ${line.label}：${line.subject}`,
          line.value !== undefined ? h('span', {}, ' = ', valueView(line.value)) : '',
          line.by ? h('span', { className: 'muted' }, ' · ', personName(line.by, (u) => work.person(u))) : '',
          line.reason ? h('span', { className: 'muted' }, ` · ${t.reasonLabel}${line.reason}`) : ''))));
  }
}

/** 重试 watches the instance for about ten seconds for the retried element's outcome. */
const RetryChecks = 20;
const RetryCheckMs = 500;
