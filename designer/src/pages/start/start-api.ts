import type { ApiClient } from '../../api/api-client';
import type { NextTask } from './started-case';

/** A process the caller may start (GET /api/me/startable-processes). */
export interface StartableProcess {
  processDefinitionKey: string;
  bpmnProcessId: string;
  version: number;
  name: string;
  category: string | null;
  startFormId: string | null;
}

export interface StartForm {
  formKey: string;
  formId: string;
  version: number;
  schema: Record<string, unknown> | null;
}

interface OpenTask extends NextTask {
  userTaskKey: string;
}

/** A case just started: its key and its 案号 if it has one yet. */
export interface StartedCase {
  processInstanceKey: string;
  caseNumber: string | null;
}

/** The calls of the 发起案件 page. */
export class StartApi {
  constructor(private readonly api: ApiClient) {}

  async startable(): Promise<StartableProcess[]> {
    return (await this.api.get<{ items: StartableProcess[] }>('/api/me/startable-processes')).items;
  }

  startForm(processDefinitionKey: string): Promise<StartForm> {
    return this.api.get<StartForm>(`/api/process-definitions/${encodeURIComponent(processDefinitionKey)}/start-form`);
  }

  /** Starts the case; the answer carries its 案号 when one was issued by then (the starter may see none of its tasks). */
  async start(process: StartableProcess, variables: Record<string, unknown>): Promise<StartedCase> {
    const started = await this.api.post<{ processInstanceKey: string; caseNumber?: string | null }>('/api/process-instances',
      { bpmnProcessId: process.bpmnProcessId, version: process.version, variables });
    return { processInstanceKey: started.processInstanceKey, caseNumber: started.caseNumber ?? null };
  }

  /** The new case's open tasks the caller may see (with the case's label: case number, party). */
  async openTasks(processInstanceKey: string): Promise<NextTask[]> {
    return (await this.api.get<{ items: OpenTask[] }>(`/api/user-tasks?processInstanceKey=${encodeURIComponent(processInstanceKey)}&state=CREATED`)).items;
  }

  /** The new case's first open task that is the caller's: assigned to them, else one they are a candidate for (a group
   *  task such as 案源登记, which they claim on the task page); null when the next step is someone else's. */
  async firstOwnTask(processInstanceKey: string, username: string): Promise<string | null> {
    const instance = encodeURIComponent(processInstanceKey);
    const tasks = (await this.api.get<{ items: OpenTask[] }>(`/api/user-tasks?processInstanceKey=${instance}&state=CREATED`)).items;
    const assigned = tasks.find((t) => t.assignee === username);
    if (assigned) return assigned.userTaskKey;
    if (!tasks.some((t) => t.assignee === null)) return null;
    const candidate = (await this.api.get<{ items: OpenTask[] }>(`/api/user-tasks?processInstanceKey=${instance}&candidateForMe=true`)).items;
    return candidate[0]?.userTaskKey ?? null;
  }
}

/** Processes grouped by category in the order the server gives them; those without one under `other`. */
export function byCategory(processes: StartableProcess[], other: string): Map<string, StartableProcess[]> {
  const groups = new Map<string, StartableProcess[]>();
  for (const process of processes) {
    const key = process.category ?? other;
    groups.set(key, [...(groups.get(key) ?? []), process]);
  }
  return groups;
}
