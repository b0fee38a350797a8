import './styles/app.css';
import { ApiClient } from './api/api-client';
import { mayLeave } from './app/leave-guard';
import { homePath, mayOpen } from './app/navigation';
import { firstRequests, matchRoute, routes } from './app/routes';
import { clearSession, loadSession, rememberReturnPath, saveSession, takeReturnPath, type Session } from './app/session';
import { showProvisionalCalendarBanner } from './app/calendar-banner';
import { renderShell } from './app/shell';
import { showNotificationBell } from './app/notification-bell';
import { markLoad } from './app/load-marks';
import { zh } from './i18n/zh';
import { renderLogin } from './pages/login/login-page';
import { askAccessReason } from './ui/access-reason-dialog';
import { h } from './ui/dom';

markLoad('main');
const root = document.getElementById('app')!;
let session: Session | null = loadSession();
let teardown: (() => void) | void;
let rendering = 0;
/** The address the page on screen was rendered for: where a refused back/forward returns to. */
let shownAddress = location.pathname + location.search;

const api = new ApiClient(undefined, () => {
  clearSession();
  session = null;
  navigate('/login');
});
api.setToken(session?.token ?? null);
api.setAccessReasonProvider(askAccessReason);

function navigate(path: string, replace = false): void {
  // A page with unsaved work may refuse to be left (replace: redirects, not a person's navigation).
  if (!replace && session) {
    void mayLeave().then((leave) => {
      if (leave) go(path, false);
    });
    return;
  }
  go(path, replace);
}

function go(path: string, replace: boolean): void {
  if (replace) history.replaceState(null, '', path);
  else if (location.pathname !== path) history.pushState(null, '', path);
  void render();
}

function signOut(): void {
  void mayLeave().then((leave) => {
    if (!leave) return;
    clearSession();
    session = null;
    api.setToken(null);
    navigate('/login');
  });
}

async function render(): Promise<void> {
  const ticket = ++rendering;
  teardown?.();
  teardown = undefined;
  const path = location.pathname;
  shownAddress = path + location.search;

  if (!session && path === '/public') {
    await renderPublic();
    return;
  }
  if (!session) {
    // A deep link opened without a session comes back after sign-in.
    if (path !== '/login') {
      rememberReturnPath(path + location.search);
      history.replaceState(null, '', '/login');
    }
    renderLogin(root, api, (signedIn) => {
      session = signedIn;
      saveSession(signedIn);
      const target = takeReturnPath();
      navigate(target && target !== '/' && mayOpen(target.split('?')[0], signedIn.user.roles) ? target : homePath(signedIn.user.roles), true);
    });
    return;
  }
  if (path === '/' || path === '/login') {
    navigate(homePath(session.user.roles), true);
    return;
  }

  const main = renderShell(root, session, path, (p) => navigate(p), signOut);
  void showProvisionalCalendarBanner(root, main, api);
  void showNotificationBell(root, api, session.user.roles, (p) => navigate(p));
  const route = matchRoute(path);
  if (!route) {
    main.replaceChildren(h('section', { className: 'placeholder' }, h('h1', {}, zh.placeholder.notFound)));
    return;
  }
  if (!mayOpen(path, session.user.roles)) {
    main.replaceChildren(h('section', { className: 'placeholder' }, h('h1', {}, zh.placeholder.forbidden)));
    return;
  }
  markLoad('route-import');
  firstRequests[route]?.(api);
  const page = await routes[route]();
  markLoad('route-loaded');
  if (ticket !== rendering) return;
  teardown = await page(main, { api, session, navigate: (p) => navigate(p) });
}

/** 执法公示 without a session: its own header with a sign-in link, no menu. */
async function renderPublic(): Promise<void> {
  const ticket = rendering;
  const main = h('main', { className: 'page' });
  root.replaceChildren(
    h('header', { className: 'public-top' }, h('span', { className: 'brand' }, zh.appName),
      h('a', { href: '/login', onclick: (e: Event) => { e.preventDefault(); navigate('/login'); } }, zh.disclosure.signIn)),
    main);
  const page = await routes['/public']();
  if (ticket !== rendering) return;
  // The public page reads only the API client; it never touches the session.
  teardown = await page(main, { api, session: null as unknown as Session, navigate: (p) => navigate(p) });
}

window.addEventListener('popstate', () => {
  // The address has already changed: when the page refuses to be left, the address goes back to the page on screen.
  void mayLeave().then((leave) => {
    if (leave) void render();
    else history.pushState(null, '', shownAddress);
  });
});
void render();
