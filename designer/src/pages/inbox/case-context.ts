import { ApiError } from '../../api/api-error';
import type { WorkApi } from '../../api/work-api';
import type { CaseComment, CaseDocument, Instance, InstanceHistoryEntry, UserTask } from '../../api/work-types';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import type { ElementFacts } from './case-facts';
import { formLabels, formOptions, readable, statutoryDeadlines, submissions, unitLabels } from './case-facts';
import { formatChinaTime } from './deadline-badge';
import { saveDownload } from '../../ui/download';
import { personName } from '../../ui/person-name';

export interface CaseContextData {
  task: UserTask;
  instance: Instance | null;
  elements: Map<string, ElementFacts>;
  history: InstanceHistoryEntry[];
  documents: CaseDocument[];
  comments: CaseComment[];
}

const name = (elements: Map<string, ElementFacts>, id: string) => elements.get(id)?.name ?? id;

/** The case beside the task: number, party, process and current stage, statutory deadlines, earlier rounds with what was
 *  answered, the case's documents (downloadable) and comments on the case. */
export async function renderCaseContext(host: HTMLElement, work: WorkApi, data: CaseContextData): Promise<void> {
  const { task, instance, elements } = data;
  const label = task.case;
  const processName = name(elements, task.bpmnProcessId);
  const stage = (instance?.activeElementIds ?? []).map((id) => name(elements, id)).join('、') || '—';
  host.replaceChildren(
    h('h3', {}, zh.caseContext.title),
    h('dl', { className: 'facts', 'data-testid': 'case-facts' },
      h('dt', {}, zh.caseContext.caseNumber), h('dd', { 'data-field': 'case-number' }, label?.caseNumber ?? label?.businessKey ?? zh.caseContext.noNumber),
      h('dt', {}, zh.caseContext.party), h('dd', { 'data-field': 'party' }, label?.partyName ?? '—'),
      h('dt', {}, zh.caseContext.process), h('dd', {}, processName),
      h('dt', {}, zh.caseContext.stage), h('dd', { 'data-field': 'stage' }, stage)),
    deadlines(instance),
    await rounds(work, data),
    documents(work, data.documents),
    comments(work, task.processInstanceKey, data.comments));
}

function deadlines(instance: Instance | null): HTMLElement {
  const list = statutoryDeadlines(instance?.variables ?? {}, new Date());
  return h('section', { 'data-testid': 'case-deadlines' },
    h('h4', {}, zh.caseContext.deadlines),
    list.length === 0 ? h('p', { className: 'muted' }, zh.caseContext.noDeadlines) : h('table', { className: 'grid compact' },
      h('tbody', {}, ...list.map((d) => h('tr', { 'data-deadline-name': d.name },
        h('td', {}, zh.caseContext.deadlineNames[d.name] ?? d.name),
        h('td', {}, d.days === null ? '' : `${d.days}${unitLabels[d.unit] ?? ''}${d.extendedDays ? zh.caseContext.extended(d.extendedDays) : ''}`),
        h('td', {}, formatChinaTime(d.due)),
        h('td', {}, h('span', { className: `badge deadline-${d.tone}`, 'data-deadline-state': d.tone }, d.label)))))));
}

async function rounds(work: WorkApi, data: CaseContextData): Promise<HTMLElement> {
  const formIds = [...new Set([...data.elements.values()].map((e) => e.formId).filter((id): id is string => !!id))];
  const schemas = new Map<string, unknown>();
  await Promise.all(formIds.map(async (id) => { schemas.set(id, await work.formSchema(id).catch(() => null)); }));
  const schemaOf = (elementId: string) => {
    const formId = data.elements.get(elementId)?.formId;
    return formId ? schemas.get(formId) ?? null : null;
  };
  const done = submissions(data.history, (elementId) => {
    const schema = schemaOf(elementId);
    return schema ? [...formLabels(schema).keys()] : [];
  }).filter((s) => s.values.length > 0);
  const repeated = new Set(done.filter((s) => s.round > 1).map((s) => s.elementId));
  return h('section', { 'data-testid': 'case-rounds' },
    h('h4', {}, zh.caseContext.rounds),
    done.length === 0 ? h('p', { className: 'muted' }, zh.caseContext.noRounds) : h('ol', { className: 'entries' },
      ...done.map((s) => {
        const schema = schemaOf(s.elementId);
        const labels = formLabels(schema);
        const options = formOptions(schema);
        const title = `${name(data.elements, s.elementId)}${repeated.has(s.elementId) || s.round > 1 ? zh.caseContext.round(s.round) : ''}`;
        return h('li', { 'data-element-id': s.elementId, 'data-round': s.round },
          h('div', { className: 'muted' }, `${title} · `, personName(s.by, (u) => work.person(u), ''), ` · ${formatChinaTime(s.at)}`),
          ...s.values.map((v) => h('div', {}, `${labels.get(v.name) ?? v.name}：${readable(v.value, options.get(v.name))}`)));
      })));
}

function documents(work: WorkApi, items: CaseDocument[]): HTMLElement {
  const status = new StatusLine();
  return h('section', { 'data-testid': 'case-documents' },
    h('h4', {}, zh.caseContext.documents),
    items.length === 0 ? h('p', { className: 'muted' }, zh.caseContext.noDocuments) : h('ul', { className: 'entries' },
      ...items.map((d) => h('li', {},
        h('button', { type: 'button', className: 'link-button', 'data-action': 'download-document', 'data-document-key': d.documentKey,
          onclick: () => void work.documentContent(d.documentKey).then((blob) => saveDownload(blob, d.name))
            .catch((e: unknown) => status.error(e instanceof ApiError ? e.userMessage : String(e))) }, d.name),
        h('span', { className: 'muted' }, ` ${formatChinaTime(d.createdAt)}`)))),
    status.element);
}

function comments(work: WorkApi, instanceKey: string, items: CaseComment[]): HTMLElement {
  const status = new StatusLine();
  const list = h('ul', { className: 'entries', 'data-testid': 'case-comments' });
  const show = (c: CaseComment) => list.append(h('li', {},
    h('div', { className: 'muted' }, personName(c.author, (u) => work.person(u)), ` · ${formatChinaTime(c.createdAt)}`), h('div', {}, c.text)));
  items.forEach(show);
  const text = h('textarea', { name: 'case-comment', rows: 2, placeholder: zh.caseContext.commentPlaceholder, 'aria-label': zh.caseContext.addComment });
  const add = async () => {
    if (!text.value.trim()) return;
    try {
      show(await work.addCaseComment(instanceKey, text.value.trim()));
      text.value = '';
      status.clear();
    } catch (e) { status.error(e instanceof ApiError ? e.userMessage : String(e)); }
  };
  return h('section', {},
    h('h4', {}, zh.caseContext.comments), list,
    h('div', { className: 'inline-form' }, text,
      h('button', { type: 'button', 'data-action': 'add-case-comment', onclick: () => void add() }, zh.caseContext.addComment)),
    status.element);
}
