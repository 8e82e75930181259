/**
 * Static server for the built bench harness with the site's production behaviour: brotli for
 * text and wasm (as Cloudflare serves them), immutable caching for hashed files, cross-origin
 * isolation, and a tally of bytes sent per kind so the bench can report what a visit costs.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.bin': 'application/octet-stream' };
const COMPRESS = new Set(['.html', '.js', '.wasm', '.json']);
export type Kind = 'js' | 'wasm' | 'data' | 'other';
export interface Tally { js: number; wasm: number; data: number; other: number; requests: string[] }

export const emptyTally = (): Tally => ({ js: 0, wasm: 0, data: 0, other: 0, requests: [] });

function kindOf(path: string): Kind {
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.startsWith('/data/')) return 'data';
  return 'other';
}

export function serve(root: string, port: number, tally: { current: Tally }): Promise<Server> {
  const brotli = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': path.startsWith('/_astro/') || path.startsWith('/data/mnist/shards/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body: Buffer | null = null;
    if (COMPRESS.has(ext) && /\bbr\b/.test(String(req.headers['accept-encoding']))) {
      body = brotli.get(file) ?? brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
      brotli.set(file, body);
      headers['content-encoding'] = 'br';
    }
    const size = body ? body.length : statSync(file).size;
    headers['content-length'] = String(size);
    tally.current[kindOf(path)] += size;
    tally.current.requests.push(`${path} ${size}`);
    res.writeHead(200, headers);
    if (body) res.end(body);
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
