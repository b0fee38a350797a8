import { describe, expect, it } from 'vitest';
import { categoryLabels, categoryOf, type ActivityCategory } from './activity-categories';
import { categoryIconSvg, categoryIconUrl, categoryPath } from './category-icons';
import { templateMenuEntries } from './template-menu-entries';
import type { ElementTemplate, ElementTemplates } from './template-services';

const activity = (type: string, category: string): ElementTemplate =>
  ({ id: `bpm.activity.${type}`, name: type, category: { id: `bpm.category.${category}`, name: category }, elementType: { value: 'bpmn:ServiceTask' } });
const message = (name: string, elementType: string): ElementTemplate =>
  ({ id: `bpm.message.${name}`, name, category: { id: 'bpm.category.公示与备案', name: '公示与备案' }, elementType: { value: elementType } });

describe('categoryOf', () => {
  it('takes the template category of the server for documents, deadlines, disclosure and generic activities', () => {
    expect(categoryOf(activity('bpm:generate-document', '文书'))).toBe('document');
    expect(categoryOf(activity('bpm:start-deadline', '期限'))).toBe('deadline');
    expect(categoryOf(activity('bpm:disclosure-entry', '公示与备案'))).toBe('disclosure');
    expect(categoryOf(activity('bpm:log', '通用'))).toBe('generic');
  });

  it('splits 执法业务 into case, personnel and payment activities and puts the statutory period with the deadlines', () => {
    expect(categoryOf(activity('bpm:case-number', '执法业务'))).toBe('case');
    expect(categoryOf(activity('bpm:officer-qualification-check', '执法业务'))).toBe('personnel');
    expect(categoryOf(activity('bpm:unit-officers', '执法业务'))).toBe('personnel');
    expect(categoryOf(activity('bpm:late-payment-surcharge', '执法业务'))).toBe('payment');
    expect(categoryOf(activity('bpm:statutory-deadline', '执法业务'))).toBe('deadline');
  });

  it('tells agency messages sent from those received', () => {
    expect(categoryOf(message('disclosure.publish.v1', 'bpmn:SendTask'))).toBe('agency-send');
    expect(categoryOf(message('disclosure.acknowledged.v1', 'bpmn:IntermediateCatchEvent'))).toBe('agency-reply');
  });

  it('falls back to the template category for an unknown type of a known category, and to 通用 without one', () => {
    expect(categoryOf(activity('bpm:new-deadline-kind', '期限'))).toBe('deadline');
    expect(categoryOf({ id: 'someone.else', name: '其他' })).toBe('generic');
    expect(categoryOf(activity('bpm:x', '未知类别'))).toBe('generic');
  });
});

describe('category icons', () => {
  const categories = Object.keys(categoryLabels) as ActivityCategory[];

  it('draws a different outline for every category', () => {
    expect(new Set(categories.map(categoryPath)).size).toBe(categories.length);
  });

  it('makes a self-contained SVG data URL naming its category', () => {
    const url = categoryIconUrl('deadline');
    expect(url.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(url)).toContain('data-category="deadline"');
    expect(categoryIconSvg('payment', 18)).toContain('width="18"');
  });
});

describe('templateMenuEntries', () => {
  const document = activity('bpm:generate-document', '文书');
  const caseNumber = activity('bpm:case-number', '执法业务');
  const applied: string[] = [];
  const templates = (current: ElementTemplate | null): ElementTemplates => ({
    get: () => current,
    getLatest: () => [document, caseNumber],
    createElement: () => ({}),
    applyTemplate: (_element, template) => { applied.push(template.id); return {}; },
  });

  it('offers every applicable template but the applied one, with its category icon, and applies the chosen one', () => {
    const entries = templateMenuEntries(templates(document), {}) as Record<string, { label: string; imageHtml: string; action: () => void }>;

    expect(Object.keys(entries)).toEqual(['bpm-template.bpm.activity.bpm:case-number']);
    const entry = entries['bpm-template.bpm.activity.bpm:case-number'];
    expect(entry.label).toBe('bpm:case-number');
    expect(entry.imageHtml).toContain('data-category="case"');
    entry.action();
    expect(applied).toEqual(['bpm.activity.bpm:case-number']);
  });
});
