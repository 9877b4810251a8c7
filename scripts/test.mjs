#!/usr/bin/env node
// `npm test`: every test project (unit, browser, server), then a last line `N passed, N failed` that CI reads
// (`, N skipped` only when some were skipped). Fails when a test failed, when Vitest failed (e.g. a
// file that does not import), or when no test ran at all.
//
//   npm test                                   everything
//   npm test -- tests/unit/foo.test.ts         extra arguments go to `vitest run`
//   npm test -- --project unit                 one project
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChdb } from './ensure-chdb.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extraArgs = process.argv.slice(2);

function summaryLine(passed, failed, skipped) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

function finish(code, { passed = 0, failed = 0, skipped = 0 } = {}) {
  // Nothing may be printed after this line.
  process.stdout.write(`${summaryLine(passed, failed, skipped)}\n`, () => process.exit(code));
}

// The server tests run the ClickHouse dialect on ClickHouse embedded (chdb), installed on demand.
const runsServerTests = extraArgs.length === 0 || extraArgs.some((arg) => /server|clickhouse/.test(arg));

let prepared = true;
try {
  ensureChromium();
  if (runsServerTests) ensureChdb();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  prepared = false;
}
if (prepared) runVitest();
else finish(1);

function runVitest() {
  const tmp = mkdtempSync(join(tmpdir(), 'arus-pangan-test-'));
  const jsonFile = join(tmp, 'vitest-results.json');
  const vitestBin = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const args = [
    vitestBin,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${jsonFile}`,
    ...extraArgs,
  ];

  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);

  child.on('error', (err) => {
    console.error(`could not start vitest: ${err.message}`);
    rmSync(tmp, { recursive: true, force: true });
    finish(1);
  });

  child.on('close', (code, signal) => {
    let results = null;
    try {
      results = JSON.parse(readFileSync(jsonFile, 'utf8'));
    } catch {
      console.error(
        `vitest wrote no JSON results (${signal ? `killed by ${signal}` : `exit code ${code}`}).`,
      );
    }
    rmSync(tmp, { recursive: true, force: true });

    if (!results) return finish(1);

    const passed = results.numPassedTests ?? 0;
    const failed = results.numFailedTests ?? 0;
    const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
    const brokenFiles = (results.testResults ?? []).filter(
      (file) => file.status === 'failed' && file.assertionResults?.every((a) => a.status !== 'failed'),
    );

    let exitCode = 0;
    if (code !== 0 || signal) {
      if (failed === 0) {
        const files = brokenFiles.map(
          (file) => `  ${file.name.replace(`${root}/`, '')}: ${String(file.message ?? '').split('\n')[0]}`,
        );
        console.error(
          [
            'vitest failed outside of any test' +
              (files.length ? ':' : ` (${signal ?? `exit code ${code}`}).`),
            ...files,
          ].join('\n'),
        );
      }
      exitCode = 1;
    }
    if (failed > 0) exitCode = 1;
    if (passed + failed === 0) {
      console.error('No test ran.');
      exitCode = 1;
    }
    finish(exitCode, { passed, failed, skipped });
  });
}
