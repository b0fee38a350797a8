import { beforeEach, describe, expect, it } from 'vitest';
import { deleteDraft, listDrafts, loadDraft, saveDraft } from './drafts';
import { needsLayout } from './diagram-layout';
import { groupVersions, processIdOf } from './process-versions';

describe('drafts', () => {
  beforeEach(() => localStorage.clear());

  it('saves, lists newest first and deletes drafts', () => {
    saveDraft('a', '<a/>', new Date('2026-01-01T00:00:00Z'));
    saveDraft('b', '<b/>', new Date('2026-02-01T00:00:00Z'));
    localStorage.setItem('other', 'x');
    expect(listDrafts().map((d) => d.key)).toEqual(['b', 'a']);
    deleteDraft('b');
    expect(loadDraft('b')).toBeNull();
    expect(loadDraft('a')?.xml).toBe('<a/>');
  });
});

describe('process versions', () => {
  it('groups definitions by process, newest version first', () => {
    const groups = groupVersions([
      { processDefinitionKey: '1', bpmnProcessId: 'p', version: 1, name: '乙' },
      { processDefinitionKey: '3', bpmnProcessId: 'q', version: 1, name: null },
      { processDefinitionKey: '2', bpmnProcessId: 'p', version: 2, name: '乙' },
    ]);
    expect(groups.map((g) => [g.bpmnProcessId, g.versions.map((v) => v.version)])).toEqual([['p', [2, 1]], ['q', [1]]]);
    expect(groups[1].name).toBe('q');
  });

  it('finds the executable process id and whether a layout is needed', () => {
    const xml = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
      <bpmn:process id="lib" isExecutable="false" /><bpmn:process id="main" isExecutable="true" /></bpmn:definitions>`;
    expect(processIdOf(xml)).toBe('main');
    expect(needsLayout(xml)).toBe(true);
    expect(needsLayout(xml.replace('</bpmn:definitions>', `<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"><bpmndi:BPMNPlane><bpmndi:BPMNShape bpmnElement="x" /></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`))).toBe(false);
  });
});
