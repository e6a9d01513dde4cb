/**
 * A Vite build step that writes a brotli (.br) and a gzip (.gz) copy next to every compressible
 * output file, so the server sends them as they are (shared/http/tabs-router.ts) instead of the
 * raw bundle or compressing on every request. Brotli at its best quality: it runs once per build.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** text formats worth compressing (fonts and images are compressed already) */
const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
/** below this a compressed copy saves less than its own headers cost */
const MIN_BYTES = 1024;

export async function precompressFile(file: string): Promise<void> {
  const raw = await fs.readFile(file);
  if (raw.length < MIN_BYTES) return;
  const brotli = zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    },
  });
  const gzip = zlib.gzipSync(raw, { level: zlib.constants.Z_BEST_COMPRESSION });
  await Promise.all([fs.writeFile(`${file}.br`, brotli), fs.writeFile(`${file}.gz`, gzip)]);
}

export function precompress(): Plugin {
  return {
    name: 'relais-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? path.dirname(options.file ?? '');
      const files = Object.keys(bundle).filter((name) => compressible.test(name));
      await Promise.all(files.map((name) => precompressFile(path.join(outDir, name))));
    },
  };
}
