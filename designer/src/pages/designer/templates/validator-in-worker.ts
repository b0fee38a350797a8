/** Stands in for `@bpmn-io/element-templates-validator` in the page's bundle (vite.config.ts): its compiled JSON
 *  schemas (about 950 kB of script) are only needed by the template check, which runs in the worker and bundles the real
 *  package. The page keeps the schema versions the element-templates plugin reads when it starts;
 *  validator-in-worker.test.ts keeps them equal to the real package's. */
export const getSchemaVersion = (): string => '0.22.1';
export const getSchemaPackage = (): string => '@camunda/element-templates-json-schema';
export const getZeebeSchemaVersion = (): string => '0.46.0';
export const getZeebeSchemaPackage = (): string => '@camunda/zeebe-element-templates-json-schema';

function inWorkerOnly(): never {
  throw new Error('element templates are validated in the template worker (pages/designer/templates)');
}

export const validate = inWorkerOnly;
export const validateAll = inWorkerOnly;
export const validateZeebe = inWorkerOnly;
export const validateAllZeebe = inWorkerOnly;
