import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The client routes of `src/app/routes.ts` (`'/path': () => import('../pages/…')`) with the module each one loads. */
export function routeModules(routesSource) {
  const pattern = /'(\/[^']*)'\s*:\s*\(\)\s*=>\s*import\('([^']+)'\)/g;
  return [...routesSource.matchAll(pattern)].map(([, path, module]) => ({ path, module }));
}

/** Per route, the files its page needs before it can run: the page's chunk, the chunks it imports statically (not those
 *  the entry already loads) and their CSS, as `assets/…` names. `modules` maps a route to its module's absolute path
 *  without extension; `bundle` is Rollup's output bundle. */
export function routePreloads(bundle, modules) {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  const loadedByEntry = entry ? closure(entry, byFile) : new Set();
  const table = {};
  for (const [path, module] of Object.entries(modules)) {
    const page = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\.[cm]?[jt]s$/, '') === module);
    if (!page) throw new Error(`route-preload: no chunk for the route ${path} (${module})`);
    const files = [...closure(page, byFile)].filter((file) => !loadedByEntry.has(file));
    const css = files.flatMap((file) => [...(byFile.get(file).viteMetadata?.importedCss ?? [])]);
    table[path] = [...files, ...new Set(css)];
  }
  return table;
}

function closure(chunk, byFile, seen = new Set()) {
  if (seen.has(chunk.fileName)) return seen;
  seen.add(chunk.fileName);
  for (const file of chunk.imports) {
    const imported = byFile.get(file);
    if (imported) closure(imported, byFile, seen);
  }
  return seen;
}

/** A small script for index.html: with a session (`sessionStorage['bpm.session']`; without one every path shows
 *  the sign-in), it asks for the files of the route the address opens (exactly, or the longest route it lies under, as
 *  `matchRoute`) at once, as `modulepreload` (scripts) and `preload` (styles) links, long before the shell's script runs
 *  and imports the page. Vite's own preload then finds them and does not fetch them again. */
export function preloadScript(table) {
  return `(function(){var t=${JSON.stringify(table)},p=location.pathname,r=t[p]?p:Object.keys(t).filter(function(k){return p.indexOf(k+'/')===0}).sort(function(a,b){return b.length-a.length})[0];`
    + `if(!r||!sessionStorage.getItem('bpm.session'))return;t[r].forEach(function(f){var l=document.createElement('link');`
    + `if(/\\.css$/.test(f)){l.rel='preload';l.setAttribute('as','style')}else l.rel='modulepreload';l.crossOrigin='';l.href='/'+f;document.head.appendChild(l)})})();`;
}

/** Writes {@link preloadScript} for every route of `src/app/routes.ts` as `assets/route-preload-<hash>.js` and loads it
 *  from the head of the built index.html: a classic script (an inline one would need the content security policy to
 *  allow it), so it runs while the page is parsed, before the shell's module script. */
export function routePreload() {
  let routesFile = '';
  let assets = '';
  let script = null;
  return {
    name: 'bpm-route-preload',
    apply: 'build',
    configResolved(config) {
      routesFile = resolve(config.root, 'src/app/routes.ts');
      assets = join(config.root, config.build.outDir, config.build.assetsDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const modules = Object.fromEntries(routeModules(readFileSync(routesFile, 'utf8'))
          .map(({ path, module }) => [path, resolve(dirname(routesFile), module)]));
        const source = preloadScript(routePreloads(context.bundle, modules));
        script = { name: `route-preload-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.js`, source };
        return [{ tag: 'script', attrs: { src: `/assets/${script.name}` }, injectTo: 'head-prepend' }];
      },
    },
    writeBundle() {
      if (script) writeFileSync(join(assets, script.name), script.source);
    },
  };
}
