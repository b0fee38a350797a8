import { describe, expect, it } from 'vitest';
import { homePath, mayOpen, visibleNavigation } from './navigation';

const paths = (roles: string[]) => visibleNavigation(roles).map((e) => e.path);

describe('role navigation', () => {
  it('shows the designer pages to designers and not to officers', () => {
    expect(paths(['designer'])).toEqual(expect.arrayContaining(['/designer', '/forms']));
    expect(paths(['officer'])).not.toContain('/designer');
    expect(paths(['officer'])).toContain('/inbox');
  });

  it('shows escalations to heads and supervisors only', () => {
    expect(paths(['head'])).toContain('/escalations');
    expect(paths(['supervisor'])).toContain('/escalations');
    expect(paths(['officer', 'reviewer'])).not.toContain('/escalations');
  });

  it('gives administrators every page', () => {
    expect(paths(['admin'])).toEqual(['/inbox', '/start', '/escalations', '/designer', '/forms', '/decisions', '/operations', '/statistics/discretion', '/public']);
  });

  it('shows the discretion benchmarks to designers and legal reviewers, not to officers', () => {
    expect(paths(['designer'])).toContain('/decisions');
    expect(paths(['reviewer'])).toContain('/decisions');
    expect(paths(['officer'])).not.toContain('/decisions');
  });

  it('shows the discretion statistics to the roles the server lets read them (DiscretionStatistics)', () => {
    for (const role of ['reviewer', 'head', 'supervisor', 'admin']) expect(paths([role])).toContain('/statistics/discretion');
    for (const role of ['officer', 'designer']) expect(paths([role])).not.toContain('/statistics/discretion');
    expect(mayOpen('/statistics/discretion', ['officer'])).toBe(false);
  });

  it('lands each role on its first page', () => {
    expect(homePath(['designer'])).toBe('/designer');
    expect(homePath(['officer'])).toBe('/inbox');
    expect(homePath([])).toBe('/public');
  });

  it('guards sub-paths of a page like the page', () => {
    expect(mayOpen('/designer/anything', ['officer'])).toBe(false);
    expect(mayOpen('/designer', ['designer'])).toBe(true);
    expect(mayOpen('/public/decisions', [])).toBe(true);
  });
});
