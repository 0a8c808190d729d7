// Serves the sample pages under their real host names and paths, plus the scaled pages, with
// Cross-Origin-Opener-Policy + Cross-Origin-Embedder-Policy so pages are cross-origin isolated and
// performance.now() ticks in 5 µs instead of 100 µs.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { listPages, PAGES_DIR } from '../../tests/e2e/harness/server.mjs';

const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/** @param {{url: string, html: string}[]} extra pages built by the bench (scaled copies). */
export async function startBenchServer(extra = []) {
  const routes = new Map();
  const add = (url, html) => {
    const u = new URL(url);
    routes.set(`${u.hostname}${u.pathname}${u.search}`, html);
  };
  for (const page of listPages()) add(page.url.href, readFileSync(join(PAGES_DIR, page.slug, 'source.html')));
  for (const page of extra) add(page.url, page.html);

  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const body = routes.get(`${host}${req.url}`);
    res.writeHead(body ? 200 : 404, {
      'content-type': body ? 'text/html; charset=utf-8' : 'text/plain',
      'cache-control': 'no-store',
      ...ISOLATION,
    });
    res.end(body ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    /** The page's address here: its real host name, our port, plain http. */
    urlOf(pageUrl) {
      const u = new URL(pageUrl);
      u.protocol = 'http:';
      u.port = String(port);
      return u.toString();
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
