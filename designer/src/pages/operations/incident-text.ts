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

/** What went wrong, per incident kind, before the element's name and the engine's message. */
const failures: Record<string, (element: string) => string> = {
  EXTRACT_VALUE_ERROR: (e) => `${e}的表达式无法求值`,
  CONDITION_ERROR: (e) => `${e}没有可走的出口（条件都不成立或无法求值）`,
  IO_MAPPING_ERROR: (e) => `${e}的输入/输出映射失败`,
  UNHANDLED_ERROR_EVENT: (e) => `${e}抛出的错误没有边界事件捕获`,
  CALLED_ELEMENT_ERROR: (e) => `${e}调用的流程无法启动`,
  CALLED_DECISION_ERROR: (e) => `${e}调用的决策失败`,
  UNKNOWN_ACTIVITY: (e) => `${e}的任务类型没有对应的活动`,
  MESSAGE_CONTRACT_ERROR: (e) => `${e}发送的消息不符合报文规范`,
  MESSAGE_DISPATCH_FAILED: (e) => `${e}的消息未能发出（系统仍在重发）`,
  EVALUATION_LIMIT_EXCEEDED: (e) => `${e}的表达式超出计算限额`,
  VARIABLES_TOO_LARGE: (e) => `${e}写入的流程变量超过大小上限`,
};

/** The incident in Chinese, naming the failing element by name: "生成文书「送达回证」失败：…" for a job that ran out of
 *  retries, "「是否重大」没有可走的出口…" for a gateway, and so on. The one place incident kinds become text. */
export function incidentText(incident: Incident, elements: Map<string, ElementInfo>): string {
  const info = elements.get(incident.elementId);
  const element = `「${info?.name ?? incident.elementId}」`;
  const what = incident.errorType === 'JOB_NO_RETRIES'
    ? `${info?.activity ?? '执行'}${element}失败`
    : (failures[incident.errorType]?.(element) ?? `${element}出现故障（${incident.errorType}）`);
  return incident.errorMessage ? `${what}：${incident.errorMessage}` : what;
}
