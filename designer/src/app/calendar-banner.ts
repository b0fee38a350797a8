import type { ApiClient } from '../api/api-client';
import { zh } from '../i18n/zh';
import { h } from '../ui/dom';

interface ProvisionalYear {
  year: number;
  basis: string;
}

let cached: Promise<ProvisionalYear[]> | null = null;

/** Asks once per page load which calendar years in use are still computed (no State Council notice entered yet). */
function provisionalYears(api: ApiClient): Promise<ProvisionalYear[]> {
  cached ??= api.get<{ items: ProvisionalYear[] }>('/api/calendar/provisional-years')
    .then((response) => response.items)
    .catch(() => {
      cached = null;
      return [];
    });
  return cached;
}

/** Puts a banner above the page while deadlines are computed on a provisional holiday calendar. */
export async function showProvisionalCalendarBanner(root: HTMLElement, page: HTMLElement, api: ApiClient): Promise<void> {
  const years = await provisionalYears(api);
  if (years.length === 0 || !page.isConnected) return;
  root.querySelector('.calendar-banner')?.remove();
  const banner = h('div', { className: 'calendar-banner', role: 'status', 'data-provisional-years': years.map((y) => y.year).join(',') },
    zh.calendarBanner(years.map((y) => y.year)));
  banner.title = years[0].basis;
  root.insertBefore(banner, page);
}
