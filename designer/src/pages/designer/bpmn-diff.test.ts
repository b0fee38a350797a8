import { describe, expect, it } from 'vitest';
import { diffBpmn, summarize } from './bpmn-diff';

const model = (body: string, di = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs">
  <bpmn:process id="p" isExecutable="true">${body}</bpmn:process>
  <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="plane" bpmnElement="p">${di}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

const base = `
  <bpmn:startEvent id="start" name="开始" />
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
  <bpmn:userTask id="review" name="审核">
    <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="officer" /></bpmn:extensionElements>
  </bpmn:userTask>`;

describe('summarize', () => {
  it('lists model elements by id and leaves diagram interchange out', () => {
    const elements = summarize(model(base, '<bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="1" y="2" width="3" height="4" /></bpmndi:BPMNShape>'));
    expect([...elements.keys()].sort()).toEqual(['f1', 'p', 'review', 'start']);
    expect(elements.get('review')).toMatchObject({ type: 'userTask', name: '审核' });
  });

  it('rejects a document that is not XML', () => {
    expect(() => summarize('<bpmn:definitions')).toThrow();
  });
});

describe('diffBpmn', () => {
  it('finds nothing between identical models even when shapes moved', () => {
    const a = model(base, '<bpmndi:BPMNShape id="s" bpmnElement="start"><dc:Bounds x="1" y="2" width="3" height="4" /></bpmndi:BPMNShape>');
    const b = model(base, '<bpmndi:BPMNShape id="s" bpmnElement="start"><dc:Bounds x="500" y="9" width="3" height="4" /></bpmndi:BPMNShape>');
    expect(diffBpmn(a, b)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('reports added and removed elements', () => {
    const next = base.replace('<bpmn:startEvent id="start" name="开始" />', '<bpmn:startEvent id="begin" name="开始" />')
      + '<bpmn:endEvent id="end" />';
    const diff = diffBpmn(model(base), model(next));
    expect(diff.added.map((e) => e.id).sort()).toEqual(['begin', 'end']);
    expect(diff.removed.map((e) => e.id)).toEqual(['start']);
  });

  it('reports a renamed element with what changed', () => {
    const diff = diffBpmn(model(base), model(base.replace('name="审核"', 'name="法制审核"')));
    expect(diff.changed).toEqual([{ id: 'review', type: 'userTask', name: '法制审核', changes: ['name'] }]);
  });

  it('sees a change inside extension elements as a change of the element', () => {
    const diff = diffBpmn(model(base), model(base.replace('candidateGroups="officer"', 'candidateGroups="reviewer"')));
    expect(diff.changed.map((e) => [e.id, e.changes])).toEqual([['review', ['extensionElements']]]);
  });

  it('reports a changed element type', () => {
    const diff = diffBpmn(model(base), model(base.replace(/userTask/g, 'manualTask')));
    expect(diff.changed[0]).toMatchObject({ id: 'review', type: 'manualTask' });
    expect(diff.changed[0].changes).toContain('type');
  });

  it('does not count a nested element change against its parent', () => {
    const sub = (name: string) => `<bpmn:subProcess id="sub"><bpmn:task id="inner" name="${name}" /></bpmn:subProcess>`;
    const diff = diffBpmn(model(sub('a')), model(sub('b')));
    expect(diff.changed.map((e) => e.id)).toEqual(['inner']);
  });
});
