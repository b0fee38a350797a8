import type { ApiClient } from '../api/api-client';
import { WorkApi } from '../api/work-api';
import type { UserNotification } from '../api/work-types';
import { zh } from '../i18n/zh';
import { formatChinaTime } from '../pages/inbox/deadline-badge';
import { h } from '../ui/dom';
import { notificationTarget } from './notification-target';

/** The bell in the header: the unread count, and on click the newest notifications, each leading to its task or case and
 *  marked read when opened (or all at once). The server writes them (delegation, assignment, due soon, overdue, escalation). */
export async function showNotificationBell(root: HTMLElement, api: ApiClient, roles: string[], navigate: (path: string) => void): Promise<void> {
  const work = new WorkApi(api);
  const topbar = root.querySelector('.topbar');
  if (!topbar) return;
  const count = h('span', { className: 'bell-count', 'data-testid': 'bell-count' });
  const panel = h('div', { className: 'bell-panel', 'data-testid': 'notifications' });
  panel.hidden = true;
  const bell = h('button', { type: 'button', className: 'bell', 'data-action': 'notifications', 'aria-label': zh.notifications.bell,
    onclick: () => { panel.hidden = !panel.hidden; if (!panel.hidden) void refresh(); } }, zh.notifications.bell, count);
  topbar.querySelector('.bell-holder')?.remove();
  topbar.querySelector('.user')?.before(h('span', { className: 'bell-holder' }, bell, panel));

  let items: UserNotification[] = [];
  const unread = () => items.filter((n) => !n.readAt);
  const markRead = async (n: UserNotification) => {
    if (n.readAt) return;
    await work.markRead(n.notificationKey).catch(() => undefined);
    n.readAt = new Date().toISOString();
  };
  const render = () => {
    const open = unread().length;
    count.textContent = open > 0 ? String(open) : '';
    count.hidden = open === 0;
    bell.title = zh.notifications.unread(open);
    panel.replaceChildren(
      h('div', { className: 'toolbar' }, h('strong', {}, zh.notifications.unread(open)),
        h('button', { type: 'button', className: 'link-button', 'data-action': 'mark-all-read', disabled: open === 0,
          onclick: async () => { await Promise.all(unread().map(markRead)); render(); } }, zh.notifications.markAllRead)),
      items.length === 0 ? h('p', { className: 'muted' }, zh.notifications.empty) : h('ul', { className: 'entries' },
        ...items.slice(0, 30).map((n) => {
          const target = notificationTarget(n, roles);
          return h('li', { className: n.readAt ? 'read' : 'unread', 'data-notification-key': n.notificationKey, 'data-kind': n.kind,
            'data-task-key': n.userTaskKey ?? undefined },
            h('div', {}, n.message),
            h('div', { className: 'muted' }, formatChinaTime(n.createdAt), ' ',
              target ? h('button', { type: 'button', className: 'link-button', 'data-action': 'open-notification',
                onclick: async () => { await markRead(n); panel.hidden = true; render(); navigate(target); } },
              n.userTaskKey ? zh.notifications.openTask : zh.notifications.openCase) : null,
              n.readAt ? null : h('button', { type: 'button', className: 'link-button', 'data-action': 'mark-read',
                onclick: async () => { await markRead(n); render(); } }, zh.notifications.markRead)));
        })));
  };
  const refresh = async () => {
    try {
      items = await work.notifications(false);
      render();
    } catch { /* the bell stays quiet when notifications cannot be read */ }
  };
  render();
  await refresh();
}
