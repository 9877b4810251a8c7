#!/usr/bin/env node
// Finds the Chromium that the browser tests drive (Debian's package; `npx playwright install`
// cannot work without internet) and installs it with apt-get when it is missing and we may.
//
//   node scripts/ensure-chromium.mjs          find or install; exit 1 with instructions if impossible
//   import { findChromium, ensureChromium } from './ensure-chromium.mjs'
//
// Lookup order: $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Debian Chromium as tests and bench run it: headless, in a container, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DEFAULT_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The candidate paths, in lookup order. */
export function chromiumCandidates(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  return fromEnv ? [fromEnv, ...DEFAULT_CHROMIUM_PATHS] : [...DEFAULT_CHROMIUM_PATHS];
}

/**
 * The path of an executable Chromium, or null. A CHROMIUM_PATH that is set but not executable is
 * an error (it would otherwise be silently replaced by another browser).
 */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to "${fromEnv}", but that is not an executable file. ` +
        'Fix or unset CHROMIUM_PATH (without it, /usr/bin/chromium and /usr/bin/chromium-browser are tried).',
    );
  }
  return DEFAULT_CHROMIUM_PATHS.find(isExecutableFile) ?? null;
}

/** What is missing and how to get it, as lines for a human. */
export function missingChromiumMessage(env = process.env) {
  return [
    'Chromium is missing: the browser tests (tests/e2e) drive a real Chromium through playwright-core.',
    `Looked for an executable at: ${chromiumCandidates(env).join(', ')}.`,
    'Install it with:   sudo apt-get update && sudo apt-get install -y chromium',
    '(or point CHROMIUM_PATH at a Chromium/Chrome binary; `npx playwright install` needs internet and is not used).',
  ].join('\n');
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function commandExists(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
  return r.status === 0;
}

function run(cmd, args, log) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    // Output streams straight through; stdin is closed so nothing can wait for an answer.
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.error) throw r.error;
  return r.status === 0;
}

/** True when apt knows a chromium package to install (i.e. `apt-get update` is not needed first). */
function aptHasCandidate() {
  const r = spawnSync('apt-cache', ['policy', 'chromium'], { encoding: 'utf8' });
  if (r.status !== 0) return false;
  const m = /Candidate:\s*(\S+)/.exec(r.stdout ?? '');
  return Boolean(m && m[1] !== '(none)');
}

/**
 * Returns the Chromium path, installing Debian's `chromium` with apt-get first when it is missing
 * and we run as root. Throws (with missingChromiumMessage) when Chromium cannot be had.
 */
export function ensureChromium({ log = (line) => console.log(`[chromium] ${line}`), install = true } = {}) {
  const found = findChromium();
  if (found) return found;

  if (install && isRoot() && commandExists('apt-get')) {
    log('Chromium not found; installing the Debian package with apt-get (about a minute)...');
    let updated = false;
    if (!aptHasCandidate()) {
      run('apt-get', ['update'], log);
      updated = true;
    }
    const ok = run('apt-get', ['install', '-y', 'chromium'], log);
    if (!ok && !updated) {
      // Stale package lists (404s on old versions): refresh once and retry.
      run('apt-get', ['update'], log);
      run('apt-get', ['install', '-y', 'chromium'], log);
    }
    const after = findChromium();
    if (after) {
      log(`installed: ${after}`);
      return after;
    }
    throw new Error(`apt-get could not install Chromium.\n${missingChromiumMessage()}`);
  }

  const why = !install
    ? ''
    : !isRoot()
      ? '\n(Not installing it automatically: not running as root.)'
      : '\n(Not installing it automatically: apt-get is not available.)';
  throw new Error(missingChromiumMessage() + why);
}

const isCli = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isCli) {
  try {
    const path = ensureChromium();
    const v = spawnSync(path, ['--version'], { encoding: 'utf8' });
    console.log(`[chromium] ${path}${v.status === 0 ? ` (${v.stdout.trim()})` : ''}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
