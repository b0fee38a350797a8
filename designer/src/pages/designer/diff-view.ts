import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type { ProcessDefinition } from '../../api/types';
import type { PageContext } from '../../app/page';
import { zh } from '../../i18n/zh';
import { h } from '../../ui/dom';
import { diffBpmn, type BpmnDiff } from './bpmn-diff';
import { defaultDiffPair } from './diff-pair';
import { withLayout } from './diagram-layout';

interface Canvas {
  addMarker(id: string, marker: string): void;
  zoom(level: string): void;
}
interface Registry {
  get(id: string): unknown;
}

/** 版本对比: two versions side by side; removed elements marked on the old one, added and changed on the new one. */
export async function openDiffView(host: HTMLElement, context: PageContext, versions: ProcessDefinition[],
  selected: number | null): Promise<void> {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const options = (pick: number) => sorted.map((d) => {
    const option = h('option', { value: d.processDefinitionKey }, zh.designer.version(d.version));
    option.selected = d.version === pick;
    return option;
  });
  const pair = defaultDiffPair(sorted.map((d) => d.version), selected);
  if (!pair) return;
  const { from: fromVersion, to: toVersion } = pair;
  const from = h('select', { 'data-testid': 'diff-from' }, ...options(fromVersion));
  const to = h('select', { 'data-testid': 'diff-to' }, ...options(toVersion));
  const summary = h('div', { className: 'diff-summary', 'data-testid': 'diff-summary' });
  const left = h('div', { className: 'diff-canvas' });
  const right = h('div', { className: 'diff-canvas' });
  const oldViewer = new NavigatedViewer({ container: left });
  const newViewer = new NavigatedViewer({ container: right });
  const dialog = h('div', { className: 'modal', role: 'dialog', 'aria-label': zh.diff.title },
    h('div', { className: 'modal-body diff' },
      h('div', { className: 'toolbar' },
        h('strong', {}, zh.diff.title),
        h('label', {}, zh.diff.from, from),
        h('label', {}, zh.diff.to, to),
        h('button', { type: 'button', className: 'primary', 'data-action': 'compare', onclick: () => void compare() }, zh.diff.compare),
        h('button', { type: 'button', 'data-action': 'close-diff', onclick: close }, zh.diff.close)),
      summary,
      h('div', { className: 'diff-panes' }, left, right)));
  host.append(dialog);

  function close(): void {
    oldViewer.destroy();
    newViewer.destroy();
    dialog.remove();
  }

  async function compare(): Promise<void> {
    if (!from.value || !to.value) return;
    if (from.value === to.value) {
      summary.replaceChildren(h('p', {}, zh.diff.sameVersion));
      return;
    }
    const [oldXml, newXml] = await Promise.all([context.api.processXml(from.value), context.api.processXml(to.value)]);
    const diff = diffBpmn(oldXml, newXml);
    await oldViewer.importXML((await withLayout(oldXml)).xml);
    await newViewer.importXML((await withLayout(newXml)).xml);
    mark(oldViewer, diff.removed.map((e) => e.id), 'diff-removed');
    mark(newViewer, diff.added.map((e) => e.id), 'diff-added');
    mark(newViewer, diff.changed.map((e) => e.id), 'diff-changed');
    renderSummary(diff);
  }

  function mark(viewer: NavigatedViewer, ids: string[], marker: string): void {
    const canvas = viewer.get('canvas') as Canvas;
    const registry = viewer.get('elementRegistry') as Registry;
    canvas.zoom('fit-viewport');
    for (const id of ids) if (registry.get(id)) canvas.addMarker(id, marker);
  }

  function renderSummary(diff: BpmnDiff): void {
    const total = diff.added.length + diff.removed.length + diff.changed.length;
    summary.replaceChildren(
      h('p', {}, total === 0 ? zh.diff.none : zh.diff.summary(diff.added.length, diff.removed.length, diff.changed.length)),
      h('ul', {},
        ...diff.added.map((e) => h('li', { className: 'diff-added' }, `${zh.diff.added}：${e.name || e.id}（${e.type}）`)),
        ...diff.removed.map((e) => h('li', { className: 'diff-removed' }, `${zh.diff.removed}：${e.name || e.id}（${e.type}）`)),
        ...diff.changed.map((e) => h('li', { className: 'diff-changed' }, `${zh.diff.changed}：${e.name || e.id}（${e.changes.join('、')}）`))));
  }

  await compare();
}
