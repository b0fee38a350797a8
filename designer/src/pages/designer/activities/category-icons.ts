import type { ActivityCategory } from './activity-categories';

/** One stroked 24×24 outline per category, drawn here (no icon font): the same paths on the canvas, in the palette
 * and in the menus. */
const paths: Record<ActivityCategory, string> = {
  // a page with a folded corner and two lines of text
  document: 'M6 2h8l5 5v15H6z M14 2v5h5 M9 12h7 M9 16h7',
  // a clock
  deadline: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M12 7v5l3 3',
  // a notice board on a post
  disclosure: 'M3 4h18v11H3z M7 8h10 M7 11h6 M12 15v6 M8 21h8',
  // a paper plane
  'agency-send': 'M3 11l18-8l-7 18l-3-7z M11 14l10-11',
  // an envelope with a tick
  'agency-reply': 'M3 6h18v12H3z M3 6l9 7l9-7 M14 20l2 2l4-4',
  // a case folder
  case: 'M3 6h7l2 2h9v12H3z M3 10h18',
  // a person with an ID badge
  personnel: 'M9 3a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z M2 21c0-4 3-7 7-7s7 3 7 7 M16 10h6v7h-6z M18 13h2',
  // a coin with the yuan sign
  payment: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M8.5 7l3.5 5l3.5-5 M12 12v5 M9 12.5h6 M9 15h6',
  // a cog
  generic: 'M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1l2.1-2.1 M17 7l2.1-2.1',
};

/** A colour per category, so neighbouring activities of different kinds read apart at a glance. */
export const categoryColors: Record<ActivityCategory, string> = {
  document: '#1d4ed8',
  deadline: '#b45309',
  disclosure: '#7c3aed',
  'agency-send': '#0f766e',
  'agency-reply': '#0f766e',
  case: '#334155',
  personnel: '#be185d',
  payment: '#b91c1c',
  generic: '#52525b',
};

export function categoryPath(category: ActivityCategory): string {
  return paths[category];
}

/** The icon as a standalone SVG document (palette and menus). */
export function categoryIconSvg(category: ActivityCategory, size = 24): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" ` +
    `stroke="${categoryColors[category]}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" data-category="${category}">` +
    `<path d="${paths[category]}"/></svg>`;
}

/** The icon as a data: URL (an <img> source; the studio's content security policy allows data: images). */
export function categoryIconUrl(category: ActivityCategory): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(categoryIconSvg(category))}`;
}
