import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

export const WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

async function fileIfExists(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/**
 * Serves the built web app. Hashed files under /assets/ are cached for a year; any other path
 * without an extension gets index.html so the app's own routes work on reload.
 */
export async function serveWebApp(c: Context, distDir: string = WEB_DIST_DIR): Promise<Response | null> {
  const path = decodeURIComponent(new URL(c.req.url).pathname);
  const relative = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const file = join(distDir, relative);
  if (!file.startsWith(distDir)) return null;
  const direct = relative.endsWith('/') ? null : await fileIfExists(file);
  if (direct) {
    const immutable = relative.startsWith('/assets/');
    return c.body(new Uint8Array(direct), 200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  if (extname(relative) !== '') return null;
  const index = await fileIfExists(join(distDir, 'index.html'));
  if (!index) {
    return c.html(
      '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Hatang</title><body><h1>Hatang</h1><p>Giao diện web chưa được build. Chạy <code>npm run build:web</code> rồi tải lại trang. API vẫn hoạt động tại <a href="/api/health">/api/health</a>.</p></body></html>',
      503,
    );
  }
  return c.body(new Uint8Array(index), 200, {
    'content-type': TYPES['.html'] ?? 'text/html',
    'cache-control': 'no-cache',
  });
}
