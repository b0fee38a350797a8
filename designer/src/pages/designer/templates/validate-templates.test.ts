import { describe, expect, it } from 'vitest';
import { validateTemplates } from './validate-templates';

const template = (id: string, extra: Record<string, unknown> = {}) => ({
  $schema: 'https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json',
  id,
  name: id,
  version: 1,
  appliesTo: ['bpmn:Task'],
  elementType: { value: 'bpmn:ServiceTask' },
  properties: [{ type: 'Hidden', value: 'bpm:x', binding: { type: 'zeebe:taskDefinition', property: 'type' } }],
  ...extra,
});

describe('validateTemplates', () => {
  it('accepts a well-formed template and refuses one outside the schema, naming it', () => {
    const verdict = validateTemplates([template('good'), template('bad', { properties: [{ type: 'Hidden', value: 'x', binding: { type: 'no-such-binding' } }] })]);

    expect(verdict.invalid).toEqual([1]);
    expect(verdict.problems.length).toBeGreaterThan(0);
    expect(verdict.problems.every((problem) => problem.templateId === 'bad')).toBe(true);
  });

  it('refuses the second template with an id and version already used, and one without $schema', () => {
    const verdict = validateTemplates([template('twice'), template('twice'), template('none', { $schema: undefined })]);

    expect(verdict.invalid).toEqual([1, 2]);
    expect(verdict.problems[0].message).toContain('twice');
    expect(verdict.problems[1].message).toContain('$schema');
  });
});
