import { zh } from '../i18n/zh';
import { h } from './dom';

/** Fills a pager: previous, "第 n 页，共 m 条", next; `go` receives the page to show. */
export function renderPager(host: HTMLElement, page: number, total: number, pageSize: number, go: (page: number) => void): void {
  host.replaceChildren(
    h('button', { type: 'button', disabled: page <= 1, onclick: () => go(page - 1) }, zh.inbox.previous),
    h('span', {}, zh.inbox.page(page, total)),
    h('button', { type: 'button', disabled: page * pageSize >= total, onclick: () => go(page + 1) }, zh.inbox.next));
}
