import { describe, expect, it } from 'vitest';
import { elementFacts, formLabels, formOptions, readable, statutoryDeadlines, submissions, withoutSubmitButtons } from './case-facts';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d">
  <bpmn:process id="legal-review" name="法制审核" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:userTask id="review" name="法制审核">
      <bpmn:extensionElements><zeebe:formDefinition formId="legal-review-opinion" /></bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
  </bpmn:process>
</bpmn:definitions>`;

describe('case facts', () => {
  it('reads element names, types and forms from the model, falling back to the id', () => {
    const facts = elementFacts(xml);
    expect(facts.get('review')).toEqual({ name: '法制审核', type: 'userTask', formId: 'legal-review-opinion' });
    expect(facts.get('start')).toEqual({ name: 'start', type: 'startEvent', formId: null });
  });

  it('gives each statutory deadline its state at the moment asked, and sums its extensions', () => {
    const deadlines = statutoryDeadlines({
      deadlines: {
        review: { due: '2026-05-10T15:59:59Z', days: 10, unit: 'WORKING', state: 'RUNNING', history: [{ action: 'EXTEND', days: 5 }, { action: 'EXTEND', days: 3 }] },
        hearing: { due: '2026-05-01T15:59:59Z', days: 3, unit: 'CALENDAR', state: 'PAUSED', history: [] },
        decision: { due: '2026-04-01T15:59:59Z', days: 90, unit: 'CALENDAR', state: 'RUNNING' },
        old: { due: '2026-03-01T15:59:59Z', days: 5, unit: 'WORKING', state: 'CLOSED' },
      },
    }, new Date('2026-04-20T00:00:00Z'));
    expect(deadlines.map((d) => [d.name, d.label, d.extendedDays])).toEqual([
      ['old', '已结束', 0], ['decision', '已逾期', 0], ['hearing', '已暂停', 0], ['review', '进行中', 8],
    ]);
    expect(statutoryDeadlines({}, new Date())).toEqual([]);
  });

  it('lists each completion of a task as a round with the form values set in that step', () => {
    const at1 = '2026-04-01T01:00:00Z';
    const at2 = '2026-04-03T01:00:00Z';
    const rounds = submissions([
      { event: 'USER_TASK_COMPLETED', elementId: 'review', elementType: 'userTask', at: at1, name: 'zhoumin' },
      { event: 'VARIABLE_SET', at: at1, name: 'reviewOpinion', value: '证据不足', by: 'zhoumin' },
      { event: 'VARIABLE_SET', at: at1, name: 'reviewRounds', value: 2, by: 'zhoumin' },
      { event: 'USER_TASK_COMPLETED', elementId: 'review', elementType: 'userTask', at: at2, name: 'zhoumin' },
      { event: 'VARIABLE_SET', at: at2, name: 'reviewOpinion', value: '同意', by: 'zhoumin' },
    ], (id) => (id === 'review' ? ['reviewOpinion', 'reviewConclusion'] : null));
    expect(rounds.map((r) => [r.elementId, r.round, r.by, r.values])).toEqual([
      ['review', 1, 'zhoumin', [{ name: 'reviewOpinion', value: '证据不足' }]],
      ['review', 2, 'zhoumin', [{ name: 'reviewOpinion', value: '同意' }]],
    ]);
  });

  it('labels values by the form: labels, option labels, yes/no', () => {
    const schema = { components: [{ type: 'group', components: [{ key: 'reviewConclusion', label: '审核结论', values: [{ label: '同意', value: 'agree' }] }] }] };
    expect(formLabels(schema).get('reviewConclusion')).toBe('审核结论');
    expect(readable('agree', formOptions(schema).get('reviewConclusion'))).toBe('同意');
    expect(readable(true)).toBe('是');
    expect(readable(null)).toBe('—');
    expect(readable({ a: 1 })).toBe('{"a":1}');
  });

  it('takes the form\'s own submit buttons out, inside groups too, leaving the original alone', () => {
    const schema = { components: [{ id: 'a', type: 'textfield' }, { id: 'g', type: 'group', components: [{ id: 'b', type: 'button' }] }, { id: 'submit', type: 'button' }] };
    const stripped = withoutSubmitButtons(schema);
    expect(JSON.stringify(stripped)).toBe('{"components":[{"id":"a","type":"textfield"},{"id":"g","type":"group","components":[]}]}');
    expect(schema.components).toHaveLength(3);
  });
});
