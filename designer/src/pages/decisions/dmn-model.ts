// Reading DMN files in the studio: the inputs a decision needs (for the test panel), typed values, and the differences
// between two versions of a decision table (for 版本对比). DMN 1.3 (the library's namespace) and 1.2/1.4/1.5 are read alike.

/** One variable the test panel asks for: its name (the input expression) and the column label. */
export interface DecisionInput {
  name: string;
  label: string;
}

/** A rule that differs between two versions: its id, number (1-based, in the newer version when it exists) and cells. */
export interface RuleChange {
  kind: 'added' | 'removed' | 'changed';
  ruleId: string;
  index: number;
  before: string[];
  after: string[];
}

const DMN_NAMESPACES = [
  'https://www.omg.org/spec/DMN/20191111/MODEL/',
  'https://www.omg.org/spec/DMN/20180521/MODEL/',
  'https://www.omg.org/spec/DMN/20211108/MODEL/',
  'https://www.omg.org/spec/DMN/20230324/MODEL/',
];

const SIMPLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}

function children(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((c) => c.localName === localName && DMN_NAMESPACES.includes(c.namespaceURI ?? ''));
}

function text(parent: Element | undefined): string {
  return parent ? (children(parent, 'text')[0]?.textContent ?? '').trim() : '';
}

function decisions(document: Document): Map<string, Element> {
  const map = new Map<string, Element>();
  const root = document.documentElement;
  if (!root) return map;
  for (const decision of children(root, 'decision')) map.set(decision.getAttribute('id') ?? '', decision);
  return map;
}

/** The name a required decision's result is read by: its variable name, else its name. */
function resultName(decision: Element): string {
  return children(decision, 'variable')[0]?.getAttribute('name') ?? decision.getAttribute('name') ?? '';
}

function requiredIds(decision: Element): string[] {
  return children(decision, 'informationRequirement')
    .flatMap((r) => children(r, 'requiredDecision'))
    .map((r) => (r.getAttribute('href') ?? '').replace(/^#/, ''))
    .filter((id) => id.length > 0);
}

/** The variables a decision reads: the simple-name input expressions of its table and of the decisions it requires
 * (not the names by which it reads those decisions' results), each once, in table order. */
export function decisionInputs(xml: string, decisionId: string): DecisionInput[] {
  const all = decisions(parse(xml));
  const inputs: DecisionInput[] = [];
  const seen = new Set<string>();
  const resultNames = new Set<string>();
  const visit = (id: string, path: Set<string>) => {
    const decision = all.get(id);
    if (!decision || path.has(id)) return;
    const next = new Set(path).add(id);
    for (const required of requiredIds(decision)) {
      const requiredDecision = all.get(required);
      if (requiredDecision) resultNames.add(resultName(requiredDecision));
      visit(required, next);
    }
    for (const table of children(decision, 'decisionTable'))
      for (const input of children(table, 'input')) {
        const name = text(children(input, 'inputExpression')[0]);
        if (!SIMPLE_NAME.test(name) || seen.has(name)) continue;
        seen.add(name);
        inputs.push({ name, label: input.getAttribute('label') ?? name });
      }
  };
  visit(decisionId, new Set());
  return inputs.filter((input) => !resultNames.has(input.name));
}

/** What a value typed in the test panel means: empty is null, true/false are booleans, a number is a number, a quoted
 * text is that text, anything else is the text as typed. */
export function typedValue(typed: string): unknown {
  const value = typed.trim();
  if (value === '' || value === 'null') return null;
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1);
  return value;
}

/** The test panel's variables: every input, typed values converted, empty ones left out. */
export function testVariables(values: Record<string, string>): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const [name, typed] of Object.entries(values)) {
    const value = typedValue(typed);
    if (value !== null) variables[name] = value;
  }
  return variables;
}

function rules(xml: string, decisionId: string): Map<string, { index: number; cells: string[] }> {
  const decision = decisions(parse(xml)).get(decisionId);
  const map = new Map<string, { index: number; cells: string[] }>();
  const table = decision ? children(decision, 'decisionTable')[0] : undefined;
  if (!table) return map;
  children(table, 'rule').forEach((rule, i) => {
    const cells = [...children(rule, 'inputEntry'), ...children(rule, 'outputEntry'), ...children(rule, 'annotationEntry')].map((c) => text(c));
    map.set(rule.getAttribute('id') ?? `#${i + 1}`, { index: i + 1, cells });
  });
  return map;
}

/** The rules of a decision table that were added, removed or changed (any cell) from the older to the newer version. */
export function compareRules(olderXml: string, newerXml: string, decisionId: string): RuleChange[] {
  const before = rules(olderXml, decisionId);
  const after = rules(newerXml, decisionId);
  const changes: RuleChange[] = [];
  for (const [ruleId, rule] of after) {
    const old = before.get(ruleId);
    if (!old) changes.push({ kind: 'added', ruleId, index: rule.index, before: [], after: rule.cells });
    else if (old.cells.join('\u0000') !== rule.cells.join('\u0000'))
      changes.push({ kind: 'changed', ruleId, index: rule.index, before: old.cells, after: rule.cells });
  }
  for (const [ruleId, rule] of before)
    if (!after.has(ruleId)) changes.push({ kind: 'removed', ruleId, index: rule.index, before: rule.cells, after: [] });
  return changes;
}
