// Bytes (raw and gzip) of what each extension context loads, following static imports from its entry files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The entry file plus every file it loads: ES imports in scripts, src/href in HTML. */
function closure(dist, entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
      : [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g)].map((m) => m[1]);
    for (const ref of refs) visit(ref.startsWith('/') ? join(dist, ref) : resolve(dirname(file), ref));
  };
  for (const e of entries) visit(resolve(dist, e));
  return [...seen];
}

function measure(dist, entries) {
  const files = closure(dist, entries);
  const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const gzip = files.reduce((n, f) => n + gz(readFileSync(f)), 0);
  return { files: files.map((f) => relative(dist, f)), raw, gzip };
}

export function extensionSizes(distDir) {
  const dist = resolve(distDir);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const content = manifest.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  return {
    content: measure(dist, [...new Set(content)]),
    popup: measure(dist, [manifest.action.default_popup]),
    background: measure(dist, [manifest.background.service_worker]),
  };
}
