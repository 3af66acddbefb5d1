// A plain static file server, like a GitHub-Pages-style host: serves a build folder under a base
// path, answers unknown paths with 404.html (status 404), sends application/wasm. The one server
// of the project: `./scripts/run.sh` serves the course with it, the build (prerender), the tests
// and the measurements start it in-process with `serve()` on a free port (port 0), so two of them
// never clash.
//   node scripts/serve.mjs --dir dist --port 4173 --base /course/
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { normaliseBase } from './contracts.mjs';

const compressed = new Map();

function encode(compress, path, body, acceptEncoding) {
  if (!compress) return { body, encoding: null };
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding) return { body, encoding };
  const key = `${encoding}:${path}`;
  if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
  return { body: compressed.get(key), encoding };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(root, base, urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let rel;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return null; // a malformed %-escape names no file
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const path = normalize(join(root, rel));
  // With the separator: `/srv/dist-old` must not pass as inside `/srv/dist`.
  if (path !== root && !path.startsWith(root + sep)) return null;
  // A prerendered page: `lesson/facebook` is served from `lesson/facebook.html`, as GitHub
  // Pages, Netlify, Cloudflare Pages and nginx (`try_files $uri $uri.html`) do.
  for (const candidate of [path, `${path}.html`]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not there: try the next candidate
    }
  }
  return null;
}

/**
 * Starts the server; resolves to `{ server, url, close, setRoot }` once it listens. Port 0 picks a
 * free port (`url` names it). `maxAge` (seconds) is sent on pages as a host such as GitHub Pages does
 * (default: `no-cache`). `setRoot(dir)` swaps the folder served, as a deploy does.
 */
export function serve({ dir = 'dist', port = 4173, base: baseGiven = '/', compress = false, spa = false, maxAge = null }) {
  const base = normaliseBase(baseGiven);
  let root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const urlPath = new URL(req.url, 'http://localhost').pathname;
      const path = await fileFor(root, base, urlPath);
      if (path) {
        const { body, encoding } = encode(compress, path, await readFile(path), req.headers['accept-encoding'] ?? '');
        const isPage = extname(path) === '.html';
        const cache = isPage && maxAge !== null ? `max-age=${maxAge}` : 'no-cache';
        const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': cache };
        if (encoding) headers['content-encoding'] = encoding;
        res.writeHead(200, headers);
        res.end(body);
        return;
      }
      // 404.html is the bare app page, which renders whatever path it is opened at.
      const page = await readFile(join(root, '404.html')).catch(() => null);
      if (!page) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(spa && urlPath.startsWith(base) ? 200 : 404, { 'content-type': TYPES['.html'] });
      res.end(page);
    } catch (err) {
      // One bad request never takes the server down.
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`bad request: ${err.message}`);
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () =>
      done({
        server,
        url: `http://127.0.0.1:${server.address().port}${base}`,
        setRoot: (next) => {
          root = resolve(next);
        },
        close: () => new Promise((closed) => server.close(closed)),
      }),
    );
  });
}

/** A TCP port free right now on 127.0.0.1, for a helper program that must be told its port. */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createTcpServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  // --compress: brotli or gzip as a production host would (used by the Lighthouse run).
  // --spa: unknown paths get the app page (404.html) with status 200, like a host with a rewrite
  // rule (Netlify `/* /404.html 200`, nginx `try_files ... /404.html`). Default: status 404.
  // --max-age N: pages are sent with `max-age=N`, as GitHub Pages sends 600.
  const maxAge = arg('max-age', null);
  const options = {
    dir: arg('dir', 'dist'),
    port: Number(arg('port', '4173')),
    base: arg('base', '/'),
    compress: process.argv.includes('--compress'),
    spa: process.argv.includes('--spa'),
    maxAge: maxAge === null ? null : Number(maxAge),
  };
  serve(options).then(({ url }) => console.log(`serving ${resolve(options.dir)} at ${url}`));
}
