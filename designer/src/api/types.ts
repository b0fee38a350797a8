// Shapes of the server's JSON answers that the studio reads (see README's HTTP API table).

export interface TokenResponse {
  tokenType: string;
  accessToken: string;
  expiresIn: number;
}

export interface Me {
  username: string;
  displayName: string;
  roles: string[];
}

export interface ProcessDefinition {
  processDefinitionKey: string;
  bpmnProcessId: string;
  version: number;
  name: string | null;
  resourceName?: string;
  deployedAt?: string;
}

export interface DeployedProcess {
  processDefinitionKey: string;
  bpmnProcessId: string;
  version: number;
  name: string | null;
  resourceName: string;
}

export interface DeployedForm {
  formKey: string;
  formId: string;
  version: number;
}

export interface DeployedDecision {
  decisionKey: string;
  decisionId: string;
  name: string;
  version: number;
}

export interface DeploymentResult {
  deploymentKey: string;
  processes: DeployedProcess[];
  forms?: DeployedForm[];
  decisions?: DeployedDecision[];
}

/** A deployed decision version (GET /api/decision-definitions). */
export interface DecisionDefinition {
  key: string;
  decisionId: string;
  name: string;
  version: number;
  decisionRequirementsId: string;
  resourceName: string;
  deploymentKey: string;
  deployedAt: string;
  deployedBy: string | null;
}

/** POST /api/decision-definitions/{decisionId}/evaluation. */
export interface DecisionEvaluationResponse {
  decisionId: string;
  decisionName: string;
  decisionKey: string;
  version: number;
  result: unknown;
  matchedRules: { ruleId: string; index: number; outputs: Record<string, unknown>; annotations: Record<string, string> }[];
}

export interface ValidationResult {
  valid: boolean;
  processes: { bpmnProcessId: string; name: string | null; resourceName: string }[];
  /** The problems that would reject the files: filled when a report was asked for (validationReport). */
  errors: DeploymentProblem[];
}

export interface FormInfo {
  formKey: string;
  formId: string;
  version: number;
  resourceName: string;
  deployedAt: string;
  schema: FormSchema | null;
}

export interface FormSchema {
  id?: string;
  type?: string;
  components?: unknown[];
  [key: string]: unknown;
}

/** One problem of a rejected deployment. */
export interface DeploymentProblem {
  elementId: string | null;
  message: string;
  line: number | null;
  resourceName: string | null;
  elementType: string | null;
}

export interface Items<T> {
  items: T[];
}

export type ElementTemplate = Record<string, unknown> & { id: string; name: string; icon?: { contents: string } };

/** One bad field of a rejected form submission. */
export interface FieldError {
  field: string;
  message: string;
}
