import { zh } from '../i18n/zh';
import type { DeploymentProblem, FieldError } from './types';

/** A failed API call: HTTP status and what the RFC 7807 problem body said, in a form the pages can show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly field: string | null = null,
    readonly problems: DeploymentProblem[] = [],
    readonly fieldErrors: FieldError[] = [],
    readonly rule: string | null = null,
  ) {
    super(detail || title);
    this.name = 'ApiError';
  }

  /** The text for a person: the server's detail, a Chinese sentence (naming the field when there is one), or a Chinese
   *  fallback by status. */
  get userMessage(): string {
    return this.messageNaming({});
  }

  /** The same text with the field named as the page labels it (延长天数 rather than `days`) when the page knows it. */
  messageNaming(fieldLabels: Record<string, string>): string {
    const field = this.field ? fieldLabels[this.field] ?? this.field : null;
    const prefix = field ? `${zh.errors.field(field)}：` : '';
    if (this.detail) return prefix + this.detail;
    return prefix + fallbackMessage(this.status);
  }
}

export function fallbackMessage(status: number): string {
  if (status === 0) return zh.errors.network;
  if (status === 401) return zh.errors.unauthorized;
  if (status === 403) return zh.errors.forbidden;
  if (status === 404) return zh.errors.notFound;
  return zh.errors.unexpected;
}

/** Builds the error for a non-2xx answer from its status and body text (problem JSON, other JSON, or anything else). */
export function toApiError(status: number, contentType: string | null, body: string): ApiError {
  if (contentType && contentType.includes('json') && body.trim()) {
    try {
      const problem = JSON.parse(body) as Record<string, unknown>;
      return new ApiError(
        status,
        typeof problem.title === 'string' ? problem.title : '',
        typeof problem.detail === 'string' ? problem.detail : '',
        typeof problem.field === 'string' ? problem.field : null,
        Array.isArray(problem.errors) ? problem.errors.map(toProblem).filter((p): p is DeploymentProblem => p !== null) : [],
        Array.isArray(problem.errors) ? problem.errors.map(toFieldError).filter((p): p is FieldError => p !== null) : [],
        typeof problem.rule === 'string' ? problem.rule : null,
      );
    } catch {
      // Not JSON after all: fall through to the status.
    }
  }
  return new ApiError(status, '', '', null, []);
}

function toProblem(value: unknown): DeploymentProblem | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.message !== 'string') return null;
  return {
    elementId: typeof raw.elementId === 'string' ? raw.elementId : null,
    message: raw.message,
    line: typeof raw.line === 'number' ? raw.line : null,
    resourceName: typeof raw.resourceName === 'string' ? raw.resourceName : null,
    elementType: typeof raw.elementType === 'string' ? raw.elementType : null,
  };
}

/** A rejected form submission lists `{field, message}` per bad field (the field is the form field's key). */
function toFieldError(value: unknown): FieldError | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  return typeof raw.field === 'string' && typeof raw.message === 'string' ? { field: raw.field, message: raw.message } : null;
}
