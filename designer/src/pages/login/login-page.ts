import type { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import type { Session } from '../../app/session';
import { zh } from '../../i18n/zh';
import { h } from '../../ui/dom';

/** 登录: username and password → token → /api/me for the roles; resolves the new session through onSignedIn. */
export function renderLogin(root: HTMLElement, api: ApiClient, onSignedIn: (session: Session) => void): void {
  const username = h('input', { name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { className: 'form-error', role: 'alert' });
  const submit = h('button', { type: 'submit', className: 'primary' }, zh.signIn.submit);
  const form = h('form', { className: 'login-form' },
    h('h1', {}, zh.appName),
    h('h2', {}, zh.signIn.title),
    h('label', {}, zh.signIn.username, username),
    h('label', {}, zh.signIn.password, password),
    submit,
    error,
    h('p', { className: 'hint' }, zh.signIn.demoHint));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    submit.textContent = zh.signIn.working;
    try {
      const token = await api.signIn(username.value.trim(), password.value);
      api.setToken(token.accessToken);
      const user = await api.me();
      onSignedIn({ token: token.accessToken, user });
    } catch (e) {
      api.setToken(null);
      error.textContent = e instanceof ApiError && e.status === 401 ? zh.signIn.failed : e instanceof ApiError ? e.userMessage : String(e);
    } finally {
      submit.disabled = false;
      submit.textContent = zh.signIn.submit;
    }
  });
  root.replaceChildren(h('div', { className: 'login' }, form));
  username.focus();
}
