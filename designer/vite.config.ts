import { defineConfig } from 'vitest/config';

// The production build lands in dist/; Bpm.Server.csproj copies it beside the server's binaries as wwwroot/.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:5000', '/health': 'http://127.0.0.1:5000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // jsdom set-up can take seconds on a busy two-core CI machine; these limits are not speed checks.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
