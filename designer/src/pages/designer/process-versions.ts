import type { ProcessDefinition } from '../../api/types';

/** A process and its deployed versions, newest first. */
export interface ProcessGroup {
  bpmnProcessId: string;
  name: string;
  versions: ProcessDefinition[];
}

/** Groups the flat definition list by process id; processes sorted by name, versions newest first. */
export function groupVersions(definitions: readonly ProcessDefinition[]): ProcessGroup[] {
  const groups = new Map<string, ProcessDefinition[]>();
  for (const definition of definitions) {
    const list = groups.get(definition.bpmnProcessId) ?? [];
    list.push(definition);
    groups.set(definition.bpmnProcessId, list);
  }
  return [...groups.entries()]
    .map(([bpmnProcessId, versions]) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return { bpmnProcessId, name: sorted[0].name || bpmnProcessId, versions: sorted };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

function mainProcess(xml: string): Element | undefined {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const processes = Array.from(document.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', 'process'));
  return processes.find((p) => p.getAttribute('isExecutable') === 'true') ?? processes[0];
}

/** The process id of a BPMN document's first executable process (else its first process), for naming files and drafts. */
export function processIdOf(xml: string): string | null {
  return mainProcess(xml)?.getAttribute('id') ?? null;
}
