import { afterEach, describe, expect, it } from 'vitest';
import routesSource from '../src/app/routes.ts?raw';
import { routes } from '../src/app/routes';
import { preloadScript, routeModules, routePreloads } from './route-preload.mjs';

const chunk = (fileName: string, imports: string[], extra: Record<string, unknown> = {}) =>
  ({ type: 'chunk', fileName, imports, facadeModuleId: null, isEntry: false, ...extra });

describe('route preload', () => {
  afterEach(() => {
    document.head.replaceChildren();
    sessionStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('finds the module of every client route', () => {
    const found = routeModules(routesSource);
    expect(found.map((r) => r.path).sort()).toEqual(Object.keys(routes).sort());
    expect(found.find((r) => r.path === '/designer')?.module).toBe('../pages/designer/designer-page');
  });

  it('lists the page chunk, its static imports and their CSS, without what the entry already loads', () => {
    const bundle = {
      'index.js': chunk('assets/index.js', ['assets/shared.js'], { isEntry: true }),
      'shared.js': chunk('assets/shared.js', []),
      'page.js': chunk('assets/page.js', ['assets/shared.js', 'assets/b.js'], {
        facadeModuleId: '/src/pages/x/x-page.ts', viteMetadata: { importedCss: new Set(['assets/page.css']) } }),
      'b.js': chunk('assets/b.js', ['assets/c.js']),
      'c.js': chunk('assets/c.js', [], { viteMetadata: { importedCss: new Set(['assets/c.css']) } }),
      'lazy.js': chunk('assets/lazy.js', []),
    };
    expect(routePreloads(bundle, { '/x': '/src/pages/x/x-page' })).toEqual({
      '/x': ['assets/page.js', 'assets/b.js', 'assets/c.js', 'assets/page.css', 'assets/c.css'],
    });
    expect(() => routePreloads(bundle, { '/y': '/src/pages/y/y-page' })).toThrow(/\/y/);
  });

  it('asks for the files of the longest route the address lies under, when there is a session', () => {
    sessionStorage.setItem('bpm.session', '{}');
    history.replaceState(null, '', '/a/b/42');
    new Function(preloadScript({ '/a': ['assets/a.js'], '/a/b': ['assets/ab.js', 'assets/ab.css'] }))();
    const links = [...document.head.querySelectorAll('link')].map((l) => [l.rel, l.getAttribute('as'), l.getAttribute('href')]);
    expect(links).toEqual([['modulepreload', null, '/assets/ab.js'], ['preload', 'style', '/assets/ab.css']]);
  });

  it('asks for nothing without a session (every page then shows the sign-in) or for an unknown address', () => {
    history.replaceState(null, '', '/a');
    new Function(preloadScript({ '/a': ['assets/a.js'] }))();
    sessionStorage.setItem('bpm.session', '{}');
    history.replaceState(null, '', '/elsewhere');
    new Function(preloadScript({ '/a': ['assets/a.js'] }))();
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });
});
