import { ApiError, toApiError } from './api-error';
import type {
  DecisionDefinition, DecisionEvaluationResponse, DeploymentResult, ElementTemplate, FormInfo, Items, Me, ProcessDefinition, TokenResponse,
  ValidationResult,
} from './types';

/** A file to deploy or validate: its name decides its kind (.bpmn or .form). */
export interface UploadFile {
  name: string;
  content: string;
}

type Fetch = typeof fetch;

/** Asks the person why they read a case (调阅理由); null when they decline. */
export type AccessReasonProvider = (detail: string) => Promise<string | null>;

const AccessReasonHeader = 'X-Bpm-Access-Reason';
const AccessReasonRule = 'access-reason';

/** The case or task a path reads, so that a reason given once is sent with every later read of it. */
export function caseResourceOf(path: string): string | null {
  const match = /^\/api\/(process-instances|user-tasks|documents)\/(\d+)/.exec(path);
  return match ? `${match[1]}/${match[2]}` : null;
}

/** The typed client of the server's HTTP API. Every call sends the bearer token; failures throw {@link ApiError}. */
export class ApiClient {
  private token: string | null = null;
  private accessReasonProvider: AccessReasonProvider | null = null;
  private readonly accessReasons = new Map<string, string>();

  constructor(
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
    private readonly onUnauthorized: () => void = () => {},
  ) {}

  setToken(token: string | null): void {
    this.token = token;
    this.accessReasons.clear();
  }

  /** A supervisor reading another agency's case must say why; the provider asks, and the read is sent again with it. */
  setAccessReasonProvider(provider: AccessReasonProvider | null): void {
    this.accessReasonProvider = provider;
  }

  signIn(username: string, password: string): Promise<TokenResponse> {
    return this.json<TokenResponse>('POST', '/api/auth/token', { username, password }, false);
  }

  me(): Promise<Me> {
    return this.json<Me>('GET', '/api/me');
  }

  async processDefinitions(bpmnProcessId?: string): Promise<ProcessDefinition[]> {
    const query = bpmnProcessId ? `?bpmnProcessId=${encodeURIComponent(bpmnProcessId)}` : '';
    return (await this.json<Items<ProcessDefinition>>('GET', `/api/process-definitions${query}`)).items;
  }

  processXml(processDefinitionKey: string): Promise<string> {
    return this.text('GET', `/api/process-definitions/${encodeURIComponent(processDefinitionKey)}/xml`);
  }

  elementTemplates(): Promise<ElementTemplate[]> {
    return this.json<ElementTemplate[]>('GET', '/api/element-templates');
  }

  async forms(): Promise<FormInfo[]> {
    return (await this.json<Items<FormInfo>>('GET', '/api/forms')).items;
  }

  form(formId: string, version?: number): Promise<FormInfo> {
    const query = version ? `?version=${version}` : '';
    return this.json<FormInfo>('GET', `/api/forms/${encodeURIComponent(formId)}${query}`);
  }

  /** Every version of every deployed decision, newest first per decision. */
  async decisionDefinitions(): Promise<DecisionDefinition[]> {
    return (await this.json<Items<DecisionDefinition>>('GET', '/api/decision-definitions?allVersions=true')).items;
  }

  decisionXml(key: string): Promise<string> {
    return this.text('GET', `/api/decision-definitions/${encodeURIComponent(key)}/xml`);
  }

  evaluateDecision(decisionId: string, variables: Record<string, unknown>, version?: number): Promise<DecisionEvaluationResponse> {
    return this.json<DecisionEvaluationResponse>('POST', `/api/decision-definitions/${encodeURIComponent(decisionId)}/evaluation`, { variables, version });
  }

  deploy(files: UploadFile[]): Promise<DeploymentResult> {
    return this.upload<DeploymentResult>('/api/deployments', files);
  }

  /** A dry run: resolves when the files would deploy, throws an ApiError listing the problems when they would not. */
  validate(files: UploadFile[]): Promise<ValidationResult> {
    return this.upload<ValidationResult>('/api/deployments/validation', files);
  }

  /** The same dry run answering its problems as a report (200, valid: false, errors) instead of a rejection: the live
   *  check while drawing, where problems are expected and are not failed requests. */
  validationReport(files: UploadFile[]): Promise<ValidationResult> {
    return this.upload<ValidationResult>('/api/deployments/validation?report=true', files);
  }

  /** GET a JSON answer; the work pages' API modules (user-task-api.ts, ...) build on these. */
  get<T>(path: string, authorised = true): Promise<T> {
    return this.json<T>('GET', path, undefined, authorised);
  }

  /** POST JSON; answers without a body (204) resolve to undefined. */
  async post<T = void>(path: string, payload?: unknown): Promise<T> {
    const init: RequestInit = { method: 'POST' };
    if (payload !== undefined) {
      init.body = JSON.stringify(payload);
      init.headers = { 'Content-Type': 'application/json' };
    }
    const response = await this.send(path, init);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** PUT JSON; answers without a body (204) resolve to undefined. */
  async put<T = void>(path: string, payload: unknown): Promise<T> {
    const response = await this.send(path, { method: 'PUT', body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json' } });
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** POST one file as multipart/form-data field <c>file</c>, after the other form <c>fields</c>. */
  postFile<T>(path: string, file: Blob, name: string, fields: Record<string, string> = {}): Promise<T> {
    const body = new FormData();
    for (const [field, value] of Object.entries(fields)) body.append(field, value);
    body.append('file', file, name);
    return this.send(path, { method: 'POST', body }).then((r) => r.json() as Promise<T>);
  }

  /** DELETE; the answer's body is ignored. */
  async delete(path: string): Promise<void> {
    await this.send(path, { method: 'DELETE' });
  }

  /** GET a file (a download needs the bearer token, so it cannot be a plain link). */
  getBlob(path: string): Promise<Blob> {
    return this.send(path, { method: 'GET' }).then((r) => r.blob());
  }

  getText(path: string): Promise<string> {
    return this.text('GET', path);
  }

  private upload<T>(path: string, files: UploadFile[]): Promise<T> {
    const body = new FormData();
    for (const file of files) body.append('resources', new Blob([file.content], { type: 'application/octet-stream' }), file.name);
    return this.send(path, { method: 'POST', body }).then((r) => r.json() as Promise<T>);
  }

  private json<T>(method: string, path: string, payload?: unknown, authorised = true): Promise<T> {
    const init: RequestInit = { method };
    if (payload !== undefined) {
      init.body = JSON.stringify(payload);
      init.headers = { 'Content-Type': 'application/json' };
    }
    return this.send(path, init, authorised).then((r) => r.json() as Promise<T>);
  }

  private text(method: string, path: string): Promise<string> {
    return this.send(path, { method }).then((r) => r.text());
  }

  private async send(path: string, init: RequestInit, authorised = true, askedForReason = false): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json, application/problem+json, */*');
    if (authorised && this.token) headers.set('Authorization', `Bearer ${this.token}`);
    const resource = caseResourceOf(path);
    const reason = resource ? this.accessReasons.get(resource) : undefined;
    if (reason) headers.set(AccessReasonHeader, encodeURIComponent(reason));
    let response: Response;
    try {
      response = await this.fetchImpl(path, { ...init, headers });
    } catch {
      throw new ApiError(0, '', '');
    }
    if (response.ok) return response;
    const error = toApiError(response.status, response.headers.get('Content-Type'), await response.text());
    if (response.status === 401 && authorised) this.onUnauthorized();
    if (response.status === 403 && error.rule === AccessReasonRule && resource && !askedForReason && this.accessReasonProvider) {
      const given = (await this.accessReasonProvider(error.detail))?.trim();
      if (given) {
        this.accessReasons.set(resource, given);
        return this.send(path, init, authorised, true);
      }
    }
    throw error;
  }
}
