import { defineConfig } from 'vitest/config';
import { precompress } from './build/precompress.mjs';
import { routePreload } from './build/route-preload.mjs';

/** A file of this folder as a module id. */
const sourcePath = (relative: string) => decodeURIComponent(new URL(relative, import.meta.url).pathname);

/** The page's bundle gets a stand-in for the element-template validator (the check runs in a worker, whose bundle is
 *  built without this plugin and keeps the real package): see src/pages/designer/templates/validator-in-worker.ts. */
const validatorInWorker = {
  name: 'element-templates-validator-in-worker',
  apply: 'build' as const,
  enforce: 'pre' as const,
  resolveId(source: string) {
    return source === '@bpmn-io/element-templates-validator'
      ? sourcePath('./src/pages/designer/templates/validator-in-worker.ts')
      : null;
  },
};

/** The properties panel imports its FEEL editors statically; the page's bundle gives it stand-ins that load them when the
 *  first FEEL field is shown (src/pages/designer/feel/), so they are not part of the designer's first view. The stand-ins'
 *  own imports resolve to the real packages. */
const lazyFeelEditors = {
  name: 'feel-editors-on-demand',
  apply: 'build' as const,
  enforce: 'pre' as const,
  resolveId(source: string, importer: string | undefined) {
    const standIn = { '@bpmn-io/feel-editor': 'lazy-feel-editor.ts', '@bpmn-io/feelers-editor': 'lazy-feelers-editor.ts' }[source];
    return standIn && importer?.includes('/node_modules/@bpmn-io/properties-panel/')
      ? sourcePath(`./src/pages/designer/feel/${standIn}`)
      : null;
  },
};

// The production build lands in dist/; Bpm.Server.csproj copies it beside the server's binaries as wwwroot/.
export default defineConfig({
  plugins: [validatorInWorker, lazyFeelEditors, routePreload(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  // The template check's worker (pages/designer/templates) shares modules with the page: ES module workers.
  worker: { format: 'es' },
  server: {
    proxy: { '/api': 'http://127.0.0.1:5000', '/health': 'http://127.0.0.1:5000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    // jsdom set-up can take seconds on a busy two-core CI machine; these limits are not speed checks.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
