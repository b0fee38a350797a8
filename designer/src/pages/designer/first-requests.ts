import type { ApiClient } from '../../api/api-client';
import type { ElementTemplate, FormInfo, ProcessDefinition } from '../../api/types';

/** What the designer asks the server for before it can show anything: the palette's templates, the form picker's forms
 *  and the process list. */
export interface DesignerFirstRequests {
  templates: Promise<ElementTemplate[]>;
  forms: Promise<FormInfo[]>;
  definitions: Promise<ProcessDefinition[]>;
}

let started: { api: ApiClient; requests: DesignerFirstRequests } | null = null;

/** Starts the designer's first requests; the router calls it while the page's chunks load (they take longer than the
 *  requests, which then wait for nothing). */
export function startDesignerRequests(api: ApiClient): void {
  started = { api, requests: ask(api) };
}

/** The requests started for this opening of the page, or new ones when none were; a started set is taken once. */
export function takeDesignerRequests(api: ApiClient): DesignerFirstRequests {
  const taken = started?.api === api ? started.requests : ask(api);
  started = null;
  return taken;
}

function ask(api: ApiClient): DesignerFirstRequests {
  const requests = { templates: api.elementTemplates(), forms: api.forms(), definitions: api.processDefinitions() };
  // Until the page takes them, a failure is nobody's to report yet; the page handles each one when it reads it.
  for (const request of Object.values(requests)) request.catch(() => undefined);
  return requests;
}
