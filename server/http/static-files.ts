// The dashboard build, read into memory once at start-up: only files that exist in the build can
// be answered, so no request path (with "..", encoded dots, NUL or backslashes) can reach a file
// outside it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { notFoundPage } from './error-pages';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticFile {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
  /** Vite puts a content hash in the names under assets/: such a file never changes. */
  immutable: boolean;
}

function walk(dir: string, root: string, files: Map<string, StaticFile>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, root, files);
    else if (entry.isFile()) {
      const name = `/${relative(root, path).split(sep).join('/')}`;
      // The page's config is answered by the server itself; the demo worker belongs to the static build.
      if (name === '/config.json' || name === '/mockServiceWorker.js') continue;
      const bytes = new Uint8Array(readFileSync(path));
      files.set(name, {
        bytes,
        contentType: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
        etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`,
        immutable: name.startsWith('/assets/'),
      });
    }
  }
}

export function createStaticFiles(root: string) {
  const files = new Map<string, StaticFile>();
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`The dashboard build ${root} does not exist; run "npm run build" first.`);
  }
  walk(root, root, files);
  if (!files.has('/index.html')) throw new Error(`${root} has no index.html; run "npm run build" first.`);
  return {
    async lookup(url: string): Promise<StaticFile | null> {
      const path = new URL(url).pathname;
      // The exact (still encoded) path must name a file of the build; nothing is resolved.
      if (path === '/') return files.get('/index.html') ?? null;
      return files.get(path) ?? null;
    },
    notFoundPage,
  };
}
