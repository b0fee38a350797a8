import { zh } from '../i18n/zh';
import { h } from '../ui/dom';
import { visibleNavigation } from './navigation';
import type { Session } from './session';

/** The frame around every signed-in page: title, role-aware navigation, the user, sign-out; returns the page area. */
export function renderShell(root: HTMLElement, session: Session, currentPath: string, navigate: (path: string) => void,
  signOut: () => void): HTMLElement {
  const links = visibleNavigation(session.user.roles).map((entry) =>
    h('a', {
      href: entry.path,
      className: currentPath === entry.path || currentPath.startsWith(`${entry.path}/`) ? 'nav-link active' : 'nav-link',
      'data-nav': entry.path,
      onclick: (event: Event) => {
        event.preventDefault();
        navigate(entry.path);
      },
    }, entry.label));
  const roles = session.user.roles.map((role) => zh.shell.roles[role] ?? role).join('、');
  const main = h('main', { className: 'page' });
  root.replaceChildren(
    h('header', { className: 'topbar' },
      h('span', { className: 'brand' }, zh.appName),
      h('nav', { className: 'nav' }, ...links),
      h('span', { className: 'user', 'data-user': session.user.username }, `${session.user.displayName}（${roles}）`),
      h('button', { type: 'button', className: 'link-button', 'data-action': 'sign-out', onclick: signOut }, zh.shell.signOut)),
    main);
  return main;
}
