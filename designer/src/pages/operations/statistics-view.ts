import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { withLayout } from '../designer/diagram-layout';
import { groupVersions, type ProcessGroup } from '../designer/process-versions';
import { planStatisticsOverlays, type StatisticBadge } from './statistics-overlays';

const t = zh.operations.statistics;

interface Canvas { addMarker(id: string, marker: string): void; zoom(level: string, center?: 'auto'): void }
interface Registry { get(id: string): unknown }
interface Overlays { add(id: string, type: string, overlay: { position: StatisticBadge['position']; html: HTMLElement }): void }

/** 流程统计 (`/operations/statistics?process=<id>&version=<definitionKey>`): a process's diagram with, at each element, how
 *  many instances wait there, how many have an open incident there and how many completed it — for one version or all. */
export async function renderStatistics(host: HTMLElement, api: ApiClient, work: WorkApi, back: () => void): Promise<() => void> {
  const status = new StatusLine();
  const canvasHost = h('div', { className: 'op-canvas op-statistics-canvas', 'data-testid': 'statistics-diagram' });
  const viewer = new NavigatedViewer({ container: canvasHost });
  const processSelect = h('select', { name: 'statisticsProcess', 'aria-label': t.process });
  const versionSelect = h('select', { name: 'statisticsVersion', 'aria-label': t.version });
  const totals = h('span', { 'data-testid': 'statistics-totals' });
  const missing = h('p', { className: 'muted', 'data-testid': 'statistics-missing' });
  let groups: ProcessGroup[] = [];

  host.replaceChildren(
    h('div', { className: 'toolbar' },
      h('button', { type: 'button', onclick: back }, zh.operations.back),
      h('strong', {}, t.title), processSelect, versionSelect,
      h('button', { type: 'button', 'data-action': 'refresh-statistics', onclick: () => void show() }, t.refresh),
      h('span', { className: 'legend' },
        h('i', { className: 'swatch op-active' }), t.legend.active, h('i', { className: 'swatch op-incident' }), t.legend.incidents,
        h('i', { className: 'swatch op-completed' }), t.legend.completed),
      totals),
    status.element, canvasHost, missing);

  processSelect.addEventListener('change', () => { fillVersions(''); void show(); });
  versionSelect.addEventListener('change', () => void show());

  try {
    groups = groupVersions(await api.processDefinitions());
    processSelect.replaceChildren(...groups.map((g) => h('option', { value: g.bpmnProcessId }, `${g.name}（${g.bpmnProcessId}）`)));
    const query = new URLSearchParams(location.search);
    const wanted = query.get('process');
    if (wanted && groups.some((g) => g.bpmnProcessId === wanted)) processSelect.value = wanted;
    fillVersions(query.get('version') ?? '');
    if (groups.length === 0) status.info(t.noProcesses);
    else await show();
  } catch (e) {
    status.error(e instanceof ApiError ? e.userMessage : String(e));
  }
  return () => viewer.destroy();

  function fillVersions(selected: string): void {
    const group = groups.find((g) => g.bpmnProcessId === processSelect.value);
    versionSelect.replaceChildren(h('option', { value: '' }, t.allVersions),
      ...(group?.versions ?? []).map((v) => h('option', { value: v.processDefinitionKey }, zh.designer.version(v.version))));
    versionSelect.value = group?.versions.some((v) => v.processDefinitionKey === selected) ? selected : '';
  }

  async function show(): Promise<void> {
    const group = groups.find((g) => g.bpmnProcessId === processSelect.value);
    if (!group) return;
    const definitionKey = versionSelect.value || undefined;
    history.replaceState(null, '', `/operations/statistics?process=${encodeURIComponent(group.bpmnProcessId)}${definitionKey ? `&version=${definitionKey}` : ''}`);
    canvasHost.removeAttribute('data-loaded-for');
    try {
      // All versions are drawn on the newest one; counts at elements it no longer has are listed under the diagram.
      const [statistics, xml] = await Promise.all([
        work.statistics({ bpmnProcessId: group.bpmnProcessId, definitionKey }),
        work.definitionXml(definitionKey ?? group.versions[0].processDefinitionKey),
      ]);
      await viewer.importXML((await withLayout(xml)).xml);
      const canvas = viewer.get('canvas') as Canvas;
      const registry = viewer.get('elementRegistry') as Registry;
      const overlays = viewer.get('overlays') as Overlays;
      canvas.zoom('fit-viewport', 'auto');
      const plan = planStatisticsOverlays(statistics, (id) => Boolean(registry.get(id)) && id !== group.bpmnProcessId);
      for (const overlay of plan.overlays) {
        if (overlay.marker) canvas.addMarker(overlay.elementId, overlay.marker);
        for (const badge of overlay.badges)
          overlays.add(overlay.elementId, 'statistics', { position: badge.position, html: badgeElement(overlay.elementId, badge) });
      }
      totals.textContent = t.totals(plan.totals.active, plan.totals.incidents);
      missing.textContent = plan.missing.length === 0 ? '' : t.missing(plan.missing.map((m) => `${m.elementId}（${t.legend.active} ${m.active}，${t.legend.incidents} ${m.incidents}）`).join('、'));
      canvasHost.setAttribute('data-loaded-for', definitionKey ?? group.bpmnProcessId);
      status.clear();
    } catch (e) {
      status.error(e instanceof ApiError ? e.userMessage : String(e));
    }
  }
}

function badgeElement(elementId: string, badge: StatisticBadge): HTMLElement {
  return h('span', { className: `op-stat op-stat-${badge.kind}`, title: `${t.legend[badge.kind]} ${badge.count}`,
    'data-stat-for': elementId, 'data-stat-kind': badge.kind }, String(badge.count));
}
