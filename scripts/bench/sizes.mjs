// Gzipped JavaScript sizes of a build (node:zlib gzipSync, default level), in bytes.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file)).length;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : walk(path);
    return [path];
  });
}

/**
 * The JS that index.html loads before anything else: its <script type="module" src> and
 * <link rel="modulepreload" href> (Vite lists every static import of the entry there).
 */
export function initialScripts(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const urls = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isModuleScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href');
    const url = isModuleScript ? attr('src') : isPreload ? attr('href') : null;
    if (url && !/^[a-z]+:|^\/\//i.test(url)) urls.add(url.replace(/^\.?\//, '').split(/[?#]/)[0]);
  }
  return [...urls].map((url) => join(outDir, ...url.split('/')));
}

/** The same set, from the manifest: the entry chunk and the closure of its static imports. */
function initialFromManifest(manifest, outDir) {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry && chunk.file.endsWith('.js'));
  if (!entry) return null;
  const files = new Set();
  const visit = (chunk) => {
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(entry);
  return [...files].map((file) => join(outDir, file));
}

/**
 * The chunks that only the dynamic imports of `srcPrefix` (e.g. mocks/) reach: not the initial
 * files, and not chunks the app's own lazy chunks share with them.
 */
function demoOnlyChunks(manifest, outDir, srcPrefix, initial) {
  const reach = (keys) => {
    const files = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const next of chunk.imports ?? []) visit(next);
    };
    keys.forEach(visit);
    return files;
  };
  const dynamic = Object.entries(manifest).filter(([, chunk]) => chunk.isDynamicEntry);
  const isDemo = ([key, chunk]) => (chunk.src ?? key).startsWith(srcPrefix);
  const demo = reach(dynamic.filter(isDemo).map(([key]) => key));
  const app = reach(dynamic.filter((entry) => !isDemo(entry)).map(([key]) => key));
  return [...demo]
    .filter((file) => !app.has(file))
    .map((file) => join(outDir, file))
    .filter((file) => !initial.has(file));
}

const sum = (files) => files.reduce((total, file) => total + gz(file), 0);

/**
 * For a build, gzipped bytes of: initial (index.html's JS), total (every .js file, lazy chunks,
 * the demo chunks and MSW's mockServiceWorker.js included), demo (the chunks only the dynamic
 * import of `demoPrefix` reaches), worker (mockServiceWorker.js) and lazy (the rest, chunks the
 * app shares with the demo included); files: [{ file, gzip, kind }], largest first; notes: when
 * index.html and the manifest disagree about the initial set.
 */
export function bundleSizes(outDir, { demoPrefix = 'mocks/' } = {}) {
  const worker = join(outDir, 'mockServiceWorker.js');
  const all = walk(outDir).filter((file) => file.endsWith('.js'));
  const initial = initialScripts(outDir);
  for (const file of initial)
    if (!existsSync(file)) throw new Error(`index.html loads ${file}, which is not in the build`);
  const manifestFile = join(outDir, '.vite', 'manifest.json');
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : null;
  const notes = [];
  if (manifest) {
    const fromManifest = initialFromManifest(manifest, outDir);
    const a = new Set(initial);
    if (fromManifest && (fromManifest.length !== a.size || fromManifest.some((file) => !a.has(file)))) {
      notes.push(
        `index.html loads ${initial.length} JS files, the manifest's static import closure has ${fromManifest.length}; using index.html`,
      );
    }
  }
  const initialSet = new Set(initial);
  const demo = manifest ? demoOnlyChunks(manifest, outDir, demoPrefix, initialSet) : [];
  const demoSet = new Set(demo);
  const lazy = all.filter((file) => !initialSet.has(file) && !demoSet.has(file) && file !== worker);
  const rel = (file) => relative(outDir, file);
  return {
    initial: sum(initial),
    total: sum(all),
    demo: sum(demo),
    lazy: sum(lazy),
    worker: existsSync(worker) ? gz(worker) : 0,
    files: all
      .map((file) => ({
        file: rel(file),
        gzip: gz(file),
        kind: initialSet.has(file)
          ? 'initial'
          : demoSet.has(file)
            ? 'demo'
            : file === worker
              ? 'worker'
              : 'lazy',
      }))
      .sort((a, b) => b.gzip - a.gzip),
    notes,
  };
}

/** Whether a build bundled React's production build (its minified error messages). */
export function hasProductionReact(outDir) {
  return walk(outDir)
    .filter((file) => file.endsWith('.js'))
    .some((file) => readFileSync(file, 'utf8').includes('Minified React error'));
}
