/** The kinds of value 流程监控 edits as a typed field; objects and lists are edited as JSON. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'json';

export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'json';
}

/** Reads what was typed into the field of a kind back into a value; throws a Chinese message when it is not one. */
export function parseValue(kind: ValueKind, text: string): unknown {
  switch (kind) {
    case 'string': return text;
    case 'number': {
      const n = Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(n)) throw new Error(`「${text}」不是数字`);
      return n;
    }
    case 'boolean': return text === 'true';
    case 'null':
      // A variable without a value yet: a number, true/false or JSON typed is taken as such, anything else as text.
      if (text.trim() === '') return null;
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    case 'json':
      try {
        return JSON.parse(text);
      } catch {
        throw new Error('不是有效的 JSON');
      }
  }
}
