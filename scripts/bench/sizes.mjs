// Gzipped JavaScript sizes of a build (node:zlib gzipSync, default level), in bytes.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
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

/** Files a Web Worker runs: Vite emits `new Worker(new URL('x.worker.ts', …))` as `x.worker-<hash>.js`. */
const isWorkerFile = (file) => /\.worker-[\w-]+\.js$/.test(file);

/**
 * The offline service worker (vite-plugin-pwa's generated `sw.js`) and the Workbox runtime it
 * loads next to it (`define(["./workbox-<hash>"], …)`): what the browser fetches to keep the app
 * offline, not part of any page's own JS.
 */
function offlineWorkerFiles(outDir) {
  const sw = join(outDir, 'sw.js');
  if (!existsSync(sw)) return [];
  const text = readFileSync(sw, 'utf8');
  const loaded = [...text.matchAll(/["']\.\/(workbox-[\w-]+)["']/g)].map((match) =>
    join(outDir, `${match[1]}.js`),
  );
  return [sw, ...loaded.filter((file) => existsSync(file))];
}

/**
 * For a build, gzipped bytes of:
 *   initial       index.html's JS (entry + static imports);
 *   total         every .js file of the build;
 *   demo          the chunks only the dynamic import of `demoPrefix` (mocks/) reaches: the demo
 *                 API's client on the page;
 *   demoWorker    the Web Worker files those demo chunks start (the demo API itself: dataset
 *                 generation and aggregation, off the main thread);
 *   offline       the offline service worker, sw.js with the Workbox runtime it loads;
 *   lazy          the rest: the app's lazy chunks and its own workers (the import's), chunks the
 *                 app shares with the demo included;
 * files: [{ file, gzip, kind }], largest first; notes: when index.html and the manifest disagree
 * about the initial set.
 */
export function bundleSizes(outDir, { demoPrefix = 'mocks/' } = {}) {
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
  // Worker files are assets, not chunks: the manifest does not list them. A worker is the demo's
  // when a demo-only chunk names its file.
  const demoText = demo.map((file) => readFileSync(file, 'utf8')).join('\n');
  const demoWorkerSet = new Set(
    all.filter((file) => isWorkerFile(file) && demoText.includes(basename(file))),
  );
  const offlineSet = new Set(offlineWorkerFiles(outDir));
  const kindOf = (file) =>
    initialSet.has(file)
      ? 'initial'
      : demoSet.has(file)
        ? 'demo'
        : demoWorkerSet.has(file)
          ? 'demo-worker'
          : offlineSet.has(file)
            ? 'offline'
            : isWorkerFile(file)
              ? 'worker'
              : 'lazy';
  const files = all.map((file) => ({ file: relative(outDir, file), gzip: gz(file), kind: kindOf(file) }));
  const bytesOf = (...kinds) =>
    files.filter((entry) => kinds.includes(entry.kind)).reduce((total, entry) => total + entry.gzip, 0);
  if (demoSet.size > 0 && demoWorkerSet.size === 0)
    notes.push('the demo chunks start no worker file (*.worker-*.js): the demo API runs on the main thread');
  return {
    initial: sum(initial),
    total: sum(all),
    demo: bytesOf('demo'),
    demoWorker: bytesOf('demo-worker'),
    offline: bytesOf('offline'),
    lazy: bytesOf('lazy', 'worker'),
    files: files.sort((a, b) => b.gzip - a.gzip),
    notes,
  };
}

/** Whether a build bundled React's production build (its minified error messages). */
export function hasProductionReact(outDir) {
  return walk(outDir)
    .filter((file) => file.endsWith('.js'))
    .some((file) => readFileSync(file, 'utf8').includes('Minified React error'));
}
