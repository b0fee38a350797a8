import type { Deadline } from '../../api/work-types';
import { zh } from '../../i18n/zh';

/** How a task's deadline shows: 正常 (green), 即将到期 (yellow), 已逾期 (red), 无期限 (grey). */
export interface DeadlineBadge {
  kind: 'on-time' | 'warning' | 'overdue' | 'none';
  label: string;
}

export function deadlineBadge(deadline: Deadline | null | undefined): DeadlineBadge {
  switch (deadline?.state) {
    case 'overdue': return { kind: 'overdue', label: zh.inbox.deadline.overdue };
    case 'warning': return { kind: 'warning', label: zh.inbox.deadline.warning };
    case 'onTime': return { kind: 'on-time', label: zh.inbox.deadline.onTime };
    default: return { kind: 'none', label: zh.inbox.deadline.none };
  }
}

/** A date-time in China time as 2026-05-01 17:30, the way officers read due dates. */
export function formatChinaTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const china = new Date(date.getTime() + 8 * 3600_000);
  return china.toISOString().slice(0, 16).replace('T', ' ');
}
