#!/usr/bin/env node
// Installs ClickHouse's embedded engine (the `chdb` package, about 550 MB installed) for the tests
// that run the ClickHouse dialect, when it is missing. It stays out of `npm ci` so that a plain
// install for `npm start` does not fetch it; `npm test` calls this first, and fails, never skips,
// when it cannot be installed.
//
//   node scripts/ensure-chdb.mjs          install when missing; exit 1 with the reason if impossible
//   import { ensureChdb } from './ensure-chdb.mjs'
//
// The package has no install step to run: its native parts come in a per-platform package
// (@chdb/lib-linux-x64-gnu and siblings), which npm picks without running scripts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The version the ClickHouse tests were written against; change it on purpose only. */
export const CHDB_VERSION = '3.4.0';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The installed version, or null when chdb is missing or cannot load on this platform. */
export function installedChdb(dir = root) {
  const require = createRequire(join(dir, 'package.json'));
  // Names in variables: chdb is installed on demand, so the type check must not look for it.
  const manifest = 'chdb/package.json';
  const engine = 'chdb';
  try {
    const version = require(manifest).version;
    // Loads the native engine: a package without its platform part fails here, not in a test.
    require(engine);
    return version;
  } catch {
    return null;
  }
}

export function ensureChdb(dir = root) {
  const found = installedChdb(dir);
  if (found === CHDB_VERSION) return;
  console.log(
    `Installing chdb ${CHDB_VERSION} (ClickHouse embedded, for the ClickHouse tests; about 550 MB)…`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', `chdb@${CHDB_VERSION}`], {
    cwd: dir,
    stdio: 'inherit',
  });
  if (result.status !== 0 || installedChdb(dir) !== CHDB_VERSION) {
    throw new Error(
      `chdb ${CHDB_VERSION} could not be installed (npm exit ${result.status ?? result.signal}); ` +
        'the ClickHouse tests need it. It supports Linux (x64, arm64, glibc) and macOS.',
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureChdb();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
