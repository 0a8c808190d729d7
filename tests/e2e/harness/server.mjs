// Serves tests/pages on 127.0.0.1 under their real host names: both browsers resolve every host to us,
// so a page is found by the Host header and path of the `url` in its expected.json. Every request is logged,
// which is how the tests prove the extension makes none of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

export const PAGES_DIR = new URL('../../pages/', import.meta.url).pathname;

/** @returns {{slug: string, url: URL, expected: any}[]} */
export function listPages() {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const expected = JSON.parse(readFileSync(join(PAGES_DIR, d.name, 'expected.json'), 'utf8'));
      return { slug: d.name, url: new URL(expected.url), expected };
    });
}

const key = (host, pathAndQuery) => `${host.toLowerCase()}${pathAndQuery}`;

/**
 * @param {{extraRoutes?: Record<string, {type: string, body: string | Buffer, headers?: Record<string,string>}>}} [options]
 *   extra routes by "host/path" key, for pages a test builds itself.
 */
export async function startServer(options = {}) {
  const routes = new Map();
  for (const page of listPages()) {
    const body = readFileSync(join(PAGES_DIR, page.slug, 'source.html'));
    routes.set(key(page.url.hostname, page.url.pathname + page.url.search), {
      type: 'text/html; charset=utf-8',
      body,
    });
  }
  for (const [k, route] of Object.entries(options.extraRoutes ?? {})) routes.set(k, route);

  /** @type {{host: string, path: string, ua: string}[]} */
  const requests = [];
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push({ host, path: req.url ?? '', ua: req.headers['user-agent'] ?? '' });
    const route = routes.get(key(host, req.url ?? '/'));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store', ...route.headers });
    res.end(route.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    /** The page's address on this server: its real host name, our port, plain http (the server has no TLS). */
    urlOf(pageUrl) {
      const u = new URL(pageUrl);
      u.protocol = 'http:';
      u.port = String(port);
      return u.toString();
    },
    addRoute(host, path, route) {
      routes.set(key(host, path), route);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
