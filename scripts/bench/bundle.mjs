// Builds, with vite's JS API and in memory, the bench page bundle (an IIFE that sets window.reviewLensBench)
// and Readability minified the way an extension would ship it, for the size comparison.
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { build } from 'vite';

async function iife(entry, { minify, plugins = [] }) {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins,
    build: {
      write: false,
      target: 'es2022',
      minify,
      lib: { entry, formats: ['iife'], name: 'ReviewLensBenchBundle', fileName: () => 'bundle.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`vite produced no chunk for ${entry}`);
  return chunk.code;
}

/** The page bundle: the real core stages, panel and Readability, unminified so CPU profiles name functions. */
export function buildPageBundle() {
  return iife('scripts/bench/page-entry.ts', { minify: false, plugins: [preact()] });
}

/** Readability as a minified IIFE: the peer's shipped size. */
export async function readabilitySize() {
  const code = await iife('scripts/bench/readability-entry.mjs', { minify: true });
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** What makes up content.js: its modules by package, src folder or core file (bytes before minifying). */
export async function contentComposition() {
  const result = await build({
    configFile: 'vite.content.config.ts',
    logLevel: 'warn',
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunk = outputs.find((o) => o.type === 'chunk');
  const groups = new Map();
  for (const [id, info] of Object.entries(chunk?.modules ?? {})) {
    const path = id.replace(/^.*?\/(node_modules|src)\//, '$1/');
    const group = path.startsWith('node_modules/')
      ? path
          .split('/')
          .slice(0, path.split('/')[1].startsWith('@') ? 3 : 2)
          .join('/')
      : path.startsWith('src/core/')
        ? path
        : path
            .split('/')
            .slice(0, path.split('/').length > 2 ? 2 : 1)
            .join('/');
    groups.set(group, (groups.get(group) ?? 0) + info.renderedLength);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => ({ group, bytes, share: bytes / total }));
}
