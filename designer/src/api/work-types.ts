// Shapes of the work APIs the 我的待办, 督办与争议, 流程监控 and 执法公示 pages read (docs/user-tasks.md, docs/studio.md).

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type DeadlineState = 'onTime' | 'warning' | 'overdue';

export interface Deadline {
  state: DeadlineState;
  dueDate: string;
  warningAt: string;
}

export interface UserTask {
  userTaskKey: string;
  elementId: string;
  name: string | null;
  processInstanceKey: string;
  bpmnProcessId: string;
  state: string;
  assignee: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  dueDate: string | null;
  priority: number;
  formKey: string | null;
  createdAt: string;
  completedAt: string | null;
  deadline: Deadline | null;
  organisationId: string | null;
  owner: string | null;
  delegationState: string | null;
  /** The case as people name it (case number, party); null for a task whose case is gone. */
  case?: CaseLabel | null;
}

export interface CaseLabel {
  caseNumber: string | null;
  businessKey: string | null;
  partyName: string | null;
}

export interface CaseComment {
  commentKey: string;
  processInstanceKey: string;
  author: string;
  text: string;
  createdAt: string;
}

export interface CaseDocument {
  documentKey: string;
  processInstanceKey: string;
  documentType: string;
  name: string;
  sha256: string;
  size: number;
  createdAt: string;
  createdBy: string | null;
  elementId: string;
}

export interface UserNotification {
  notificationKey: string;
  kind: string;
  message: string;
  userTaskKey: string | null;
  processInstanceKey: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface PersonChoice {
  username: string;
  displayName: string;
  organisationId: string | null;
  organisationName: string | null;
  roles: string[];
}

export interface TaskForm {
  userTaskKey: string;
  formId: string;
  version: number;
  schema: Record<string, unknown> | null;
  values: Record<string, unknown>;
}

export interface TaskComment {
  commentKey: string;
  author: string;
  text: string;
  createdAt: string;
}

export interface TaskAttachment {
  attachmentKey: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
  /** Set for an audio-video or on-site evidence item (音像记录). */
  evidence?: EvidenceInfo | null;
}

export interface EvidenceInfo {
  kind: 'video' | 'audio' | 'photo' | 'on-site-record';
  device?: string | null;
  capturedAt: string;
  place: string;
  officer: string;
}

export interface TaskHistoryEntry {
  event: string;
  actor: string | null;
  at: string;
  details: unknown;
}

export interface InstanceHistoryEntry {
  event: string;
  elementId?: string;
  elementType?: string;
  elementInstanceKey?: string;
  at: string;
  name?: string;
  value?: unknown;
  scopeKey?: string;
  by?: string;
  reason?: string;
}

export interface Incident {
  incidentKey: string;
  processInstanceKey: string;
  elementId: string;
  errorType: string;
  errorMessage: string;
  state: string;
  createdAt: string;
}

export interface InstanceSummary {
  processInstanceKey: string;
  bpmnProcessId: string;
  version: number;
  businessKey: string | null;
  state: string;
  startedAt: string;
  endedAt: string | null;
  hasIncident: boolean;
  processName?: string | null;
}

export interface Instance extends InstanceSummary {
  processDefinitionKey: string;
  variables: Record<string, unknown>;
  activeElementIds: string[];
  incidents: Incident[];
}

export interface EscalationOrigin {
  taskKey: string;
  elementId: string | null;
  name: string | null;
  assignee: string | null;
  dueDate: string | null;
  taskState: string | null;
}

export interface DisputePosition {
  party?: string;
  opinion?: unknown;
}

export interface Escalation {
  escalationKey: string;
  processInstanceKey: string;
  bpmnProcessId: string;
  businessKey: string | null;
  reason: 'OVERDUE' | 'ESCALATION' | 'DISPUTE';
  code: string | null;
  message: string;
  origin: EscalationOrigin | null;
  decisionTaskKey: string | null;
  positions: DisputePosition[] | null;
  state: string;
  resolution: string | null;
  /** What the settling action did (an extension: `dueDate`, `previousDueDate`, `deadline` …). */
  resolutionDetails?: Record<string, unknown> | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdAt: string;
  /** The case as people name it (case number, party), as on the task inbox. */
  case?: CaseLabel | null;
}

export interface PublicDisclosure {
  entryId: string;
  caseNumber: string | null;
  decisionNumber: string | null;
  category: string | null;
  agency: string | null;
  partyName: string | null;
  partyCreditCode: string | null;
  decisionSummary: string | null;
  legalBasis: string | null;
  decisionDate: string | null;
  publishedAt: string | null;
}

/** GET /api/process-definitions/{key}/statistics (or /statistics?bpmnProcessId=): instances per element. */
export interface ElementStatistics {
  elementId: string;
  active: number;
  incidents: number;
  completed: number;
}
