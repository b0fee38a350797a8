// A structural diff of two BPMN documents by element id: which model elements were added, removed or changed.
// Diagram interchange (BPMNDI: positions, waypoints) is ignored: moving a shape is not a change of the procedure.

const DiNamespaces = new Set([
  'http://www.omg.org/spec/BPMN/20100524/DI',
  'http://www.omg.org/spec/DD/20100524/DI',
  'http://www.omg.org/spec/DD/20100524/DC',
]);

/** One model element as the diff sees it. */
export interface ElementSummary {
  id: string;
  type: string;
  name: string;
  /** Its own attributes and id-less children (extension elements, conditions), not nested elements that have an id. */
  signature: string;
}

export interface ChangedElement {
  id: string;
  type: string;
  name: string;
  /** What differs: 'type', 'name', or the names of attributes/parts that differ. */
  changes: string[];
}

export interface BpmnDiff {
  added: ElementSummary[];
  removed: ElementSummary[];
  changed: ChangedElement[];
}

/** Every element with an id outside diagram interchange, keyed by id. */
export function summarize(xml: string): Map<string, ElementSummary> {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) throw new Error('not well-formed XML');
  const elements = new Map<string, ElementSummary>();
  const visit = (element: Element) => {
    if (DiNamespaces.has(element.namespaceURI ?? '')) return;
    const id = element.getAttribute('id');
    if (id && element !== document.documentElement) {
      elements.set(id, {
        id,
        type: element.localName,
        name: element.getAttribute('name') ?? '',
        signature: signature(element),
      });
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(document.documentElement);
  return elements;
}

export function diffBpmn(oldXml: string, newXml: string): BpmnDiff {
  return diffSummaries(summarize(oldXml), summarize(newXml));
}

export function diffSummaries(before: Map<string, ElementSummary>, after: Map<string, ElementSummary>): BpmnDiff {
  const added = [...after.values()].filter((e) => !before.has(e.id));
  const removed = [...before.values()].filter((e) => !after.has(e.id));
  const changed: ChangedElement[] = [];
  for (const element of after.values()) {
    const previous = before.get(element.id);
    if (!previous || previous.signature === element.signature && previous.type === element.type) continue;
    changed.push({ id: element.id, type: element.type, name: element.name, changes: describeChanges(previous, element) });
  }
  return { added, removed, changed };
}

function describeChanges(before: ElementSummary, after: ElementSummary): string[] {
  const changes: string[] = [];
  if (before.type !== after.type) changes.push('type');
  const a = parts(before.signature);
  const b = parts(after.signature);
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) !== b.get(key)) changes.push(key);
  }
  return changes;
}

/** A signature is newline-separated `key=value` parts; this splits it back for describing changes. */
function parts(signature: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of signature.split('\n')) {
    if (!line) continue;
    const at = line.indexOf('=');
    const key = line.slice(0, at);
    map.set(key, (map.get(key) ?? '') + line.slice(at + 1));
  }
  return map;
}

function signature(element: Element): string {
  const lines: string[] = [];
  const attributes = Array.from(element.attributes)
    .filter((a) => a.name !== 'id' && !a.name.startsWith('xmlns'))
    .map((a) => `${a.localName}=${a.value}`)
    .sort();
  lines.push(...attributes);
  for (const child of Array.from(element.children)) {
    if (child.hasAttribute('id') || DiNamespaces.has(child.namespaceURI ?? '')) continue;
    lines.push(`${child.localName}=${canonical(child)}`);
  }
  return lines.join('\n');
}

/** An id-less child as text: tag, sorted attributes, children and text, whitespace-insensitive. */
function canonical(element: Element): string {
  const attributes = Array.from(element.attributes)
    .filter((a) => !a.name.startsWith('xmlns'))
    .map((a) => `${a.localName}="${a.value}"`)
    .sort()
    .join(' ');
  const children = Array.from(element.childNodes).map((node) =>
    node.nodeType === 1 ? canonical(node as Element) : (node.textContent ?? '').trim()).join('');
  return `<${element.localName}${attributes ? ' ' + attributes : ''}>${children}</${element.localName}>`;
}
