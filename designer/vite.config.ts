import { defineConfig } from 'vitest/config';
import { precompress } from './build/precompress.mjs';
import { routePreload } from './build/route-preload.mjs';

/** The page's bundle gets a stand-in for the element-template validator (the check runs in a worker, whose bundle is
 *  built without this plugin and keeps the real package): see src/pages/designer/templates/validator-in-worker.ts. */
const validatorInWorker = {
  name: 'element-templates-validator-in-worker',
  apply: 'build' as const,
  enforce: 'pre' as const,
  resolveId(source: string) {
    return source === '@bpmn-io/element-templates-validator'
      ? decodeURIComponent(new URL('./src/pages/designer/templates/validator-in-worker.ts', import.meta.url).pathname)
      : null;
  },
};

// The production build lands in dist/; Bpm.Server.csproj copies it beside the server's binaries as wwwroot/.
export default defineConfig({
  plugins: [validatorInWorker, routePreload(), precompress()],
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
