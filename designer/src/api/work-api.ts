import { zh } from '../i18n/zh';
import type { ApiClient } from './api-client';
import { queryString } from './query-string';
import type {
  CaseComment, CaseDocument, PersonChoice, UserNotification,
  ElementStatistics, Escalation, Incident, Instance, InstanceHistoryEntry, InstanceSummary, Paged, PublicDisclosure, TaskAttachment, TaskComment,
  TaskForm, TaskHistoryEntry, UserTask,
} from './work-types';

export interface InboxFilter {
  scope: 'mine' | 'groups' | 'all';
  sort: 'created' | 'dueDate' | 'priority';
  overdue: boolean;
  processInstanceKey: string;
  page: number;
}

export interface DisclosureFilter {
  agency: string;
  category: string;
  from: string;
  to: string;
  q: string;
  page: number;
}

const key = (value: string) => encodeURIComponent(value);

/** The calls of the work pages: inbox and task, escalations, operations, public disclosures. */
export class WorkApi {
  private readonly known = new Map<string, Promise<PersonChoice | null>>();

  constructor(private readonly api: ApiClient) {}

  inbox(filter: InboxFilter): Promise<Paged<UserTask>> {
    return this.api.get(`/api/user-tasks${queryString({
      assignedToMe: filter.scope === 'mine',
      candidateForMe: filter.scope === 'groups',
      state: filter.scope === 'all' && !filter.overdue ? 'CREATED' : undefined,
      overdue: filter.overdue,
      processInstanceKey: filter.processInstanceKey,
      sort: filter.sort,
      page: filter.page,
      pageSize: 20,
    })}`);
  }

  task(taskKey: string): Promise<UserTask> { return this.api.get(`/api/user-tasks/${key(taskKey)}`); }
  taskForm(taskKey: string): Promise<TaskForm> { return this.api.get(`/api/user-tasks/${key(taskKey)}/form`); }
  claim(taskKey: string): Promise<void> { return this.api.post(`/api/user-tasks/${key(taskKey)}/claim`); }
  delegate(taskKey: string, to: string): Promise<void> { return this.api.post(`/api/user-tasks/${key(taskKey)}/delegation`, { to }); }
  /** The delegate hands the task back with what they filled in; the owner or a head takes it back without values. */
  resolve(taskKey: string, variables?: Record<string, unknown>): Promise<void> {
    return this.api.post(`/api/user-tasks/${key(taskKey)}/resolution`, variables ? { variables } : undefined);
  }
  /** 退回: the assignee gives the task back to its candidates. */
  unclaim(taskKey: string): Promise<void> { return this.api.delete(`/api/user-tasks/${key(taskKey)}/assignee`); }
  async caseComments(instanceKey: string): Promise<CaseComment[]> {
    return (await this.api.get<{ items: CaseComment[] }>(`/api/process-instances/${key(instanceKey)}/comments`)).items;
  }
  addCaseComment(instanceKey: string, text: string): Promise<CaseComment> {
    return this.api.post(`/api/process-instances/${key(instanceKey)}/comments`, { text });
  }
  async documents(instanceKey: string): Promise<CaseDocument[]> {
    return (await this.api.get<{ items: CaseDocument[] }>(`/api/process-instances/${key(instanceKey)}/documents`)).items;
  }
  documentContent(documentKey: string): Promise<Blob> { return this.api.getBlob(`/api/documents/${key(documentKey)}`); }
  attachmentContent(taskKey: string, attachmentKey: string): Promise<Blob> {
    return this.api.getBlob(`/api/user-tasks/${key(taskKey)}/attachments/${key(attachmentKey)}`);
  }
  async notifications(unreadOnly: boolean): Promise<UserNotification[]> {
    return (await this.api.get<{ items: UserNotification[] }>(`/api/me/notifications${queryString({ unread: unreadOnly || undefined })}`)).items;
  }
  markRead(notificationKey: string): Promise<void> { return this.api.post(`/api/me/notifications/${key(notificationKey)}/read`); }
  /** A person by username, for texts a person reads (the pickers' search, exact username; asked once per page); null when
   *  the directory does not know them or they are outside what the caller may search. */
  person(username: string): Promise<PersonChoice | null> {
    let found = this.known.get(username);
    if (!found) {
      found = this.people({ q: username }).then((people) => people.find((p) => p.username === username) ?? null, () => null);
      this.known.set(username, found);
    }
    return found;
  }
  /** The pickers' search: names, usernames and units; a role's Chinese name typed whole (负责人, 执法人员 …) lists that role. */
  async people(filter: { q: string; role?: string }): Promise<PersonChoice[]> {
    const named = filter.role ? undefined : roleNamed(filter.q);
    const query = named ? { q: '', role: named } : { q: filter.q, role: filter.role };
    return (await this.api.get<{ items: PersonChoice[] }>(`/api/people${queryString(query)}`)).items;
  }
  async formSchema(formId: string): Promise<Record<string, unknown> | null> {
    const form = await this.api.get<{ schema: Record<string, unknown> | null }>(`/api/forms/${key(formId)}`);
    return form.schema;
  }
  complete(taskKey: string, variables: Record<string, unknown>): Promise<void> {
    return this.api.post(`/api/user-tasks/${key(taskKey)}/completion`, { variables });
  }
  async comments(taskKey: string): Promise<TaskComment[]> {
    return (await this.api.get<{ items: TaskComment[] }>(`/api/user-tasks/${key(taskKey)}/comments`)).items;
  }
  addComment(taskKey: string, text: string): Promise<TaskComment> { return this.api.post(`/api/user-tasks/${key(taskKey)}/comments`, { text }); }
  async attachments(taskKey: string): Promise<TaskAttachment[]> {
    return (await this.api.get<{ items: TaskAttachment[] }>(`/api/user-tasks/${key(taskKey)}/attachments`)).items;
  }
  /** <c>fields</c>: the evidence fields (evidenceKind, device, capturedAt, place) when the file is an evidence item. */
  attach(taskKey: string, file: File, fields: Record<string, string> = {}): Promise<TaskAttachment> {
    return this.api.postFile(`/api/user-tasks/${key(taskKey)}/attachments`, file, file.name, fields);
  }
  /** The electronic case file (电子卷宗) ZIP of an instance. */
  caseFile(instanceKey: string): Promise<Blob> {
    return this.api.getBlob(`/api/process-instances/${key(instanceKey)}/case-file`);
  }
  async taskHistory(taskKey: string): Promise<TaskHistoryEntry[]> {
    return (await this.api.get<{ items: TaskHistoryEntry[] }>(`/api/user-tasks/${key(taskKey)}/history`)).items;
  }

  escalations(state: string, page: number): Promise<Paged<Escalation>> {
    return this.api.get(`/api/escalations${queryString({ state, page, pageSize: 20 })}`);
  }
  reassign(escalationKey: string, assignee: string, reason: string): Promise<Escalation> {
    return this.api.post(`/api/escalations/${key(escalationKey)}/reassignment`, { assignee, reason });
  }
  extend(escalationKey: string, reason: string, workingDays: number): Promise<Escalation> {
    return this.api.post(`/api/escalations/${key(escalationKey)}/extension`, { reason, workingDays });
  }
  decide(escalationKey: string, decision: string, variables?: Record<string, unknown>): Promise<Escalation> {
    return this.api.post(`/api/escalations/${key(escalationKey)}/decision`, { decision, variables });
  }

  /** `process` is part of a process id or name (the server searches both). */
  instances(filter: { process: string; state: string; businessKey: string; page: number }): Promise<Paged<InstanceSummary>> {
    return this.api.get(`/api/process-instances${queryString({ ...filter, pageSize: 20 })}`);
  }
  instance(instanceKey: string): Promise<Instance> { return this.api.get(`/api/process-instances/${key(instanceKey)}`); }
  async instanceHistory(instanceKey: string): Promise<InstanceHistoryEntry[]> {
    return (await this.api.get<{ items: InstanceHistoryEntry[] }>(`/api/process-instances/${key(instanceKey)}/history`)).items;
  }
  async incidents(instanceKey: string): Promise<Incident[]> {
    const answer = await this.api.get<Incident[] | { items: Incident[] }>(`/api/incidents${queryString({ processInstanceKey: instanceKey })}`);
    return Array.isArray(answer) ? answer : answer.items;
  }
  /** Corrects a process variable; the reason is required and kept in the history with who changed it. */
  setVariable(instanceKey: string, name: string, value: unknown, reason: string): Promise<void> {
    return this.api.put(`/api/process-instances/${key(instanceKey)}/variables/${encodeURIComponent(name)}`, { value, reason });
  }
  /** The names of the custom activities by job type (生成文书, 送达 …). */
  async activityNames(): Promise<Map<string, string>> {
    const items = await this.api.get<{ type: string; displayName: string }[]>('/api/activity-descriptors');
    return new Map(items.map((a) => [a.type, a.displayName]));
  }
  retry(incidentKey: string): Promise<unknown> { return this.api.post(`/api/incidents/${key(incidentKey)}/resolution`); }
  /** The server records who cancelled and why; the reason is required. */
  cancel(instanceKey: string, reason: string): Promise<void> { return this.api.post(`/api/process-instances/${key(instanceKey)}/cancellation`, { reason }); }
  definitionXml(definitionKey: string): Promise<string> { return this.api.getText(`/api/process-definitions/${key(definitionKey)}/xml`); }
  /** Per-element counts of one version (its definition key) or, without one, of every version of the process. */
  async statistics(scope: { bpmnProcessId: string; definitionKey?: string }): Promise<ElementStatistics[]> {
    const path = scope.definitionKey
      ? `/api/process-definitions/${key(scope.definitionKey)}/statistics`
      : `/api/process-definitions/statistics${queryString({ bpmnProcessId: scope.bpmnProcessId })}`;
    return (await this.api.get<{ items: ElementStatistics[] }>(path)).items;
  }

  disclosures(filter: DisclosureFilter): Promise<Paged<PublicDisclosure>> {
    return this.api.get(`/api/public/disclosures${queryString({ ...filter, page: filter.page })}`, false);
  }
}

/** The role whose Chinese name is exactly `text` (负责人 → head), if any. */
function roleNamed(text: string): string | undefined {
  const typed = text.trim();
  return Object.entries(zh.shell.roles).find(([, label]) => label === typed)?.[0];
}
