import { ApiError } from '../../api/api-error';
import type { DisclosureFilter } from '../../api/work-api';
import { WorkApi } from '../../api/work-api';
import type { PublicDisclosure } from '../../api/work-types';
import type { Page } from '../../app/page';
import { zh } from '../../i18n/zh';
import { h, StatusLine } from '../../ui/dom';
import { renderPager } from '../../ui/pager';
import { formatChinaTime } from '../inbox/deadline-badge';

const t = zh.disclosure;

/** 执法公示: the published enforcement decisions for everyone, no sign-in (GET /api/public/disclosures). */
export const publicPage: Page = async (container, context) => {
  const work = new WorkApi(context.api);
  const status = new StatusLine();
  const filter: DisclosureFilter = { agency: '', category: '', from: '', to: '', q: '', page: 1 };
  const results = h('div', { className: 'disclosures', 'data-testid': 'disclosures' });
  const pager = h('div', { className: 'pager' });

  const input = (name: keyof DisclosureFilter, label: string, type = 'text') =>
    h('label', {}, `${label} `, h('input', { name, type, 'aria-label': label, size: type === 'date' ? undefined : 14 }));
  const form = h('form', { className: 'toolbar', role: 'search', onsubmit: (e: Event) => { e.preventDefault(); search(); } },
    input('q', t.q), input('agency', t.agency),
    h('label', {}, `${t.category} `, h('select', { name: 'category', 'aria-label': t.category },
      ...Object.entries(t.categories).map(([value, label]) => h('option', { value }, label)))),
    input('from', t.from, 'date'), input('to', t.to, 'date'),
    h('button', { type: 'submit', className: 'primary' }, t.search));

  container.replaceChildren(h('section', { className: 'public' },
    h('h1', {}, t.title), h('p', { className: 'muted' }, t.subtitle), form, status.element, results, pager));

  function search(): void {
    const data = new FormData(form);
    for (const name of ['q', 'agency', 'category', 'from', 'to'] as const) filter[name] = String(data.get(name) ?? '').trim();
    filter.page = 1;
    void load();
  }

  function card(entry: PublicDisclosure): HTMLElement {
    const row = (label: string, value: string | null) => (value ? [h('dt', {}, label), h('dd', {}, value)] : []);
    return h('article', { className: 'disclosure', 'data-entry-id': entry.entryId },
      h('h2', {}, `${entry.decisionNumber ?? entry.entryId}`,
        h('span', { className: 'badge deadline-none' }, t.categories[entry.category ?? ''] ?? entry.category ?? '')),
      h('dl', { className: 'facts' },
        ...row(t.agency, entry.agency), ...row(t.party, entry.partyName), ...row(t.creditCode, entry.partyCreditCode),
        ...row(t.summary, entry.decisionSummary), ...row(t.legalBasis, entry.legalBasis), ...row(t.decisionDate, entry.decisionDate),
        ...row(t.publishedAt, entry.publishedAt ? formatChinaTime(entry.publishedAt).slice(0, 10) : null)));
  }

  async function load(): Promise<void> {
    try {
      const page = await work.disclosures(filter);
      results.replaceChildren(...(page.items.length ? page.items.map(card) : [h('p', { className: 'muted' }, t.empty)]));
      renderPager(pager, filter.page, page.total, page.pageSize, (n) => { filter.page = n; void load(); });
      status.clear();
    } catch (e) {
      status.error(e instanceof ApiError ? e.userMessage : String(e));
    }
  }

  await load();
};
