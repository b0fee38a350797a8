import { validateTemplates } from './validate-templates';

// The JSON schema check of the element templates (most of a second on a busy machine, the first call compiles the
// schema) runs here, so the designer's first view does not wait for it.
self.onmessage = (event: MessageEvent<{ id?: string }[]>) => {
  self.postMessage(validateTemplates(event.data));
};
