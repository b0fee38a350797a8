import { describe, expect, it, vi } from 'vitest';
import { renderTaskForm } from './task-form';

describe('task form', () => {
  it('sends a step without a form on its button (发起 of a procedure without a start form, 提交 of a form-less task)', async () => {
    const host = document.createElement('div');
    const submit = vi.fn(async () => {});
    const completed = vi.fn();
    await renderTaskForm(host, null, true, submit, completed, '发起', '案件已发起', '无需填写表单');
    expect(host.textContent).toContain('无需填写表单');
    host.querySelector<HTMLButtonElement>('[data-action=submit-task]')!.click();
    await vi.waitFor(() => expect(completed).toHaveBeenCalledOnce());
    expect(submit).toHaveBeenCalledWith({});
    expect(host.querySelector('.status')?.textContent).toBe('案件已发起');
  });
});
