import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(js|css|svg|ttf|eot|json)$/;
/** Below this, a compressed copy saves less than its headers cost. */
const minimumBytes = 1024;

/** Writes a Brotli (quality 11) and a gzip (level 9) copy beside every compressible asset of the build, which the
 *  server sends to clients that accept them (engine/Bpm.Server/Startup/PrecompressedStudioAssets.cs): the highest
 *  levels once at build time instead of the fastest level on every request. */
export function precompress() {
  let assets = '';
  return {
    name: 'bpm-precompress',
    apply: 'build',
    configResolved(config) {
      assets = join(config.root, config.build.outDir, config.build.assetsDir);
    },
    closeBundle() {
      for (const name of readdirSync(assets)) {
        if (!compressible.test(name)) continue;
        const path = join(assets, name);
        const body = readFileSync(path);
        if (body.length < minimumBytes) continue;
        writeFileSync(`${path}.br`, brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }));
        writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}
