import type { FieldError } from '../../api/types';

interface Component {
  id?: string;
  key?: string;
  label?: string;
  components?: Component[];
}

/** Form fields by variable key: the form-js component id (errors are keyed by it) and its label. */
export function fieldsByKey(schema: unknown): Map<string, { id: string; label: string }> {
  const fields = new Map<string, { id: string; label: string }>();
  const walk = (components: Component[] | undefined) => {
    for (const component of components ?? []) {
      if (component.key && component.id) fields.set(component.key, { id: component.id, label: component.label ?? component.key });
      walk(component.components);
    }
  };
  walk((schema as Component | null)?.components);
  return fields;
}

/** The server's per-field errors as form-js wants them (`{componentId: [message]}`), and those naming no form field. */
export function toFormErrors(schema: unknown, errors: FieldError[]): { byId: Record<string, string[]>; unmatched: FieldError[] } {
  const fields = fieldsByKey(schema);
  const byId: Record<string, string[]> = {};
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const field = fields.get(error.field);
    if (field) (byId[field.id] ??= []).push(error.message);
    else unmatched.push(error);
  }
  return { byId, unmatched };
}
