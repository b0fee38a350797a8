import { describe, expect, it } from 'vitest';
import type { Incident } from '../../api/work-types';
import { elementInfos, incidentText } from './incident-text';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0">
  <bpmn:process id="p" name="行政处罚一般程序">
    <bpmn:serviceTask id="Task_receipt" name="送达回证">
      <bpmn:extensionElements><zeebe:taskDefinition type="bpm:generate-document" /></bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:serviceTask id="Task_plain"><bpmn:extensionElements><zeebe:taskDefinition type="other" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:exclusiveGateway id="Gateway_major" name="是否重大" />
  </bpmn:process>
</bpmn:definitions>`;

const incident = (elementId: string, errorType: string, errorMessage = '模板不存在'): Incident =>
  ({ incidentKey: '1', processInstanceKey: '2', elementId, errorType, errorMessage, state: 'ACTIVE', createdAt: '' });

describe('incidentText', () => {
  const elements = elementInfos(xml, new Map([['bpm:generate-document', '生成文书']]));

  it('leads with what failed and shows the engine message, which names the element, once', () => {
    const text = incidentText(incident('Task_receipt', 'JOB_NO_RETRIES', '服务任务「送达回证」（Task_receipt）：模板不存在'), elements);
    expect(text).toBe('生成文书失败。服务任务「送达回证」（Task_receipt）：模板不存在');
    expect(text.split('送达回证').length - 1).toBe(1);
  });

  it('shows an unnamed element by the id the engine message carries, once', () => {
    const text = incidentText(incident('Task_plain', 'EXTRACT_VALUE_ERROR', '服务任务「Task_plain」：x'), elements);
    expect(text).toBe('表达式无法求值。服务任务「Task_plain」：x');
  });

  it('names a failed job by its element name when an older message does not name it', () => {
    const text = incidentText(incident('Task_receipt', 'JOB_NO_RETRIES'), elements);
    expect(text).toBe('「送达回证」生成文书失败：模板不存在');
    expect(text).not.toContain('JOB_NO_RETRIES');
  });

  it('says 执行 for a job whose type is not a known activity, and the id when the element has no name', () => {
    expect(incidentText(incident('Task_plain', 'JOB_NO_RETRIES', 'x'), elements)).toBe('「Task_plain」执行失败：x');
  });

  it('describes expression incidents in Chinese with the element name', () => {
    expect(incidentText(incident('Gateway_major', 'CONDITION_ERROR', 'no variable amount'), elements))
      .toBe('「是否重大」没有可走的出口（条件都不成立或无法求值）：no variable amount');
  });

  it('keeps an unknown kind visible beside the element name', () => {
    expect(incidentText(incident('Gateway_major', 'SOMETHING_NEW', ''), elements)).toBe('「是否重大」出现故障（SOMETHING_NEW）');
  });
});
