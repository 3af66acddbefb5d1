// A plain static file server, like a GitHub-Pages-style host: serves a build folder under a base
// path, answers unknown paths with 404.html (status 404), sends application/wasm.
//   node e2e/serve.mjs --dir dist --port 4173 --base /course/
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const root = resolve(arg('dir', 'dist'));
const port = Number(arg('port', '4173'));
const base = arg('base', '/');
// --compress: answer with brotli or gzip as a production host would (used by the Lighthouse run).
const compress = process.argv.includes('--compress');
// --spa: answer unknown paths with the app page (404.html) and status 200, like a host with a
// rewrite rule (Netlify `/* /404.html 200`, nginx `try_files ... /404.html`). Default: status 404.
const spa = process.argv.includes('--spa');
const compressed = new Map();

function encode(path, body, acceptEncoding) {
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

async function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let rel = decodeURIComponent(urlPath.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const path = normalize(join(root, rel));
  if (!path.startsWith(root)) return null;
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

createServer(async (req, res) => {
  const urlPath = new URL(req.url, 'http://localhost').pathname;
  const path = await fileFor(urlPath);
  if (path) {
    const { body, encoding } = encode(path, await readFile(path), req.headers['accept-encoding'] ?? '');
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(body);
    return;
  }
  try {
    // 404.html is the bare app page, which renders whatever path it is opened at.
    res.writeHead(spa && urlPath.startsWith(base) ? 200 : 404, { 'content-type': TYPES['.html'] });
    res.end(await readFile(join(root, '404.html')));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
