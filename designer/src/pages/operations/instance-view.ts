import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import type { Instance, InstanceHistoryEntry } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { withLayout } from '../designer/diagram-layout';
import { fitToView } from '../designer/view/fit-to-view';
import { caseFileButton } from '../inbox/case-file-button';
import { formatChinaTime } from '../inbox/deadline-badge';
import { elementStatuses, markerFor } from './element-status';

const t = zh.operations;

interface Canvas { addMarker(id: string, marker: string): void }
interface Registry { get(id: string): unknown }
interface Overlays { add(id: string, overlay: { position: { bottom: number; right: number }; html: HTMLElement }): void }

/** One instance: the diagram coloured by completed / active / incident elements with counts, variables, history,
 *  incidents with retry, and cancellation. */
export async function renderInstance(host: HTMLElement, work: WorkApi, instanceKey: string, back: () => void): Promise<() => void> {
  const status = new StatusLine();
  const canvasHost = h('div', { className: 'op-canvas', 'data-testid': 'instance-diagram' });
  const viewer = new NavigatedViewer({ container: canvasHost });
  const reload = () => void renderInstance(host, work, instanceKey, back).then((close) => { viewer.destroy(); teardown = close; });
  let teardown = () => viewer.destroy();
  try {
    const [instance, history] = await Promise.all([work.instance(instanceKey), work.instanceHistory(instanceKey)]);
    const statuses = elementStatuses(history, instance.activeElementIds, instance.incidents);
    const totals = [...statuses.values()].reduce((sum, s) => ({
      completed: sum.completed + (s.completed > 0 ? 1 : 0), active: sum.active + s.active, incidents: sum.incidents + s.incidents,
    }), { completed: 0, active: 0, incidents: 0 });

    host.replaceChildren(
      h('div', { className: 'toolbar' },
        h('button', { type: 'button', onclick: back }, t.back),
        h('strong', { 'data-testid': 'instance-title' }, `${instance.bpmnProcessId} v${instance.version} #${instance.processInstanceKey}`),
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
        incidentsPanel(instance),
        h('section', {}, h('h3', {}, t.variables), h('pre', { className: 'variables', 'data-testid': 'variables' }, JSON.stringify(instance.variables, null, 2))),
        historyPanel(history)));

    const xml = await work.definitionXml(instance.processDefinitionKey);
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

  function incidentsPanel(instance: Instance): HTMLElement {
    const open = instance.incidents.filter((i) => i.state === 'ACTIVE');
    return h('section', { 'data-testid': 'incidents' }, h('h3', {}, t.incidents),
      open.length === 0 ? h('p', { className: 'muted' }, t.noIncidents) : h('ul', { className: 'entries' }, ...open.map((incident) =>
        h('li', {}, h('div', {}, `${incident.elementId} · ${incident.errorType}`), h('div', { className: 'muted' }, incident.errorMessage),
          h('button', { type: 'button', 'data-action': 'retry', onclick: async () => {
            try {
              await work.retry(incident.incidentKey);
              status.success(t.retried);
              reload();
            } catch (e) { status.error(e instanceof ApiError ? e.userMessage : String(e)); }
          } }, t.retry)))));
  }

  function historyPanel(history: InstanceHistoryEntry[]): HTMLElement {
    return h('section', {}, h('h3', {}, t.history), h('ol', { className: 'timeline history' }, ...history.slice(-200).map((entry) =>
      h('li', {}, h('span', { className: 'muted' }, formatChinaTime(entry.at)), ` ${entry.event} ${entry.elementId ?? entry.name ?? ''}`))));
  }
}
