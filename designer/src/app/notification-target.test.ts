import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-target';

describe('notification target', () => {
  it('opens the task a notification names', () => {
    expect(notificationTarget({ kind: 'DELEGATED', userTaskKey: '42', processInstanceKey: '7' }, ['officer'])).toBe('/inbox/42');
  });

  it('sends heads to their escalations and an admin to the case; nowhere when the role has no page for it', () => {
    expect(notificationTarget({ kind: 'ESCALATED', userTaskKey: '42', processInstanceKey: '7' }, ['head'])).toBe('/escalations');
    expect(notificationTarget({ kind: 'ESCALATION_RESOLVED', userTaskKey: null, processInstanceKey: '7' }, ['admin'])).toBe('/operations/7');
    expect(notificationTarget({ kind: 'ESCALATION_RESOLVED', userTaskKey: null, processInstanceKey: '7' }, ['officer'])).toBeNull();
  });
});
