import type { Incident } from '../../api/work-types';

/** What 流程监控 knows about an element of the instance's diagram: its name and, for a task run by a job, the name of
 *  the custom activity behind its job type (生成文书, 送达 …). */
export interface ElementInfo {
  name: string;
  activity?: string;
}

/** The element names and job types of a BPMN file (job types resolved to activity names through `activityNames`). */
export function elementInfos(xml: string, activityNames: Map<string, string>): Map<string, ElementInfo> {
  const infos = new Map<string, ElementInfo>();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const id = element.getAttribute('id');
    if (!id || element.namespaceURI !== 'http://www.omg.org/spec/BPMN/20100524/MODEL') continue;
    const definition = Array.from(element.children).flatMap((c) => Array.from(c.children)).find((c) => c.localName === 'taskDefinition');
    const type = definition?.getAttribute('type') ?? undefined;
    infos.set(id, { name: (element.getAttribute('name') ?? '').trim() || id, activity: type ? activityNames.get(type) : undefined });
  }
  return infos;
}

/** What went wrong, per incident kind: the lead of the text, before the engine's message. */
const failures: Record<string, string> = {
  EXTRACT_VALUE_ERROR: '表达式无法求值',
  CONDITION_ERROR: '没有可走的出口（条件都不成立或无法求值）',
  IO_MAPPING_ERROR: '输入/输出映射失败',
  UNHANDLED_ERROR_EVENT: '抛出的错误没有边界事件捕获',
  CALLED_ELEMENT_ERROR: '调用的流程无法启动',
  CALLED_DECISION_ERROR: '调用的决策失败',
  UNKNOWN_ACTIVITY: '任务类型没有对应的活动',
  MESSAGE_CONTRACT_ERROR: '发送的消息不符合报文规范',
  MESSAGE_DISPATCH_FAILED: '消息未能发出（系统仍在重发）',
  EVALUATION_LIMIT_EXCEEDED: '表达式超出计算限额',
  VARIABLES_TOO_LARGE: '写入的流程变量超过大小上限',
};

/** The incident in Chinese: what went wrong, then the engine's message, which names the failing element by its kind and
 *  name with the id ("生成文书失败。服务任务「送达回证」（Task_receipt）：模板不存在"). A message that does not name
 *  its element (written before the engine named elements) gets the element's name here, so it is never shown twice
 *  nor missing. The one place incident kinds become text. */
export function incidentText(incident: Incident, elements: Map<string, ElementInfo>): string {
  const info = elements.get(incident.elementId);
  const what = incident.errorType === 'JOB_NO_RETRIES'
    ? `${info?.activity ?? '执行'}失败`
    : (failures[incident.errorType] ?? `出现故障（${incident.errorType}）`);
  const message = incident.errorMessage;
  const namesElement = message.includes(`「${incident.elementId}」`) || message.includes(`（${incident.elementId}）`);
  if (namesElement) return `${what}。${message}`;
  const element = `「${info?.name ?? incident.elementId}」`;
  return message ? `${element}${what}：${message}` : `${element}${what}`;
}
