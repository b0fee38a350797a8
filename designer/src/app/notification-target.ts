import type { UserNotification } from '../api/work-types';

/** Where a notification leads: escalations to 督办与争议 for those who work it, a task to the task, else the case in 流程监控
 *  for an admin; null when the caller has no page for it. */
export function notificationTarget(notification: Pick<UserNotification, 'kind' | 'userTaskKey' | 'processInstanceKey'>,
  roles: string[]): string | null {
  const overseer = roles.includes('head') || roles.includes('supervisor') || roles.includes('admin');
  if (notification.kind === 'ESCALATED' && overseer) return '/escalations';
  if (notification.userTaskKey) return `/inbox/${notification.userTaskKey}`;
  if (notification.processInstanceKey && roles.includes('admin')) return `/operations/${notification.processInstanceKey}`;
  return null;
}
