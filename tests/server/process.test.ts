// The server as a process: killed mid-import, started on a damaged database.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken } from '../../server/auth/tokens';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'arus-process-'));
const children: ChildProcess[] = [];
afterAll(() => {
  // A server a failed test left running is stopped, never left behind.
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function run(dbPath: string, env: Record<string, string> = {}, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/cli/serve.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ARUS_DB_PATH: dbPath, ARUS_STATIC_DIR: 'none', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => output, exited };
}

async function start(
  dbPath: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<Started> {
  const { child, output } = run(dbPath, env, args);
  const deadline = Date.now() + 45_000;
  for (;;) {
    const match = /running at (http:\/\/\S+\/)/.exec(output());
    if (match?.[1]) return { child, url: match[1], output };
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`server did not start:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(server: Started): Promise<void> {
  const exited = new Promise((r) => server.child.on('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

const HEADER = 'date,origin,commodity,entry_point,tonnes,status,source';

function bigFile(origin: string, days: number): string {
  const lines = [HEADER];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);
    lines.push(`${date},${origin},rice-milled,PIBC,1,reported,Dinas`);
  }
  return lines.join('\n');
}

async function post(url: string, token: string, body: string) {
  return fetch(`${url}api/v1/datasets?dataset=Kantor&filename=kantor.csv`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body,
  });
}

async function yearTotals(url: string) {
  const response = await fetch(
    `${url}api/v1/datasets/kantor/flows?from=2000-01-01&to=2009-12-31&granularity=year&groupBy=origin`,
  );
  return (
    (await response.json()) as { rows: { period: string; origin: string; tonnes: number | null }[] }
  ).rows.map((r) => `${r.period} ${r.origin} ${r.tonnes}`);
}

describe('the server process', () => {
  for (const [engine, engineEnv] of [
    ['DuckDB', {}],
    // Without transactions: the revision becomes current by its last row, and rows of one that
    // never did are removed at start-up.
    ['ClickHouse (embedded)', { DATABASE_URL: `chdb:${join(dir, 'crash-clickhouse')}` }],
  ] as const) {
    it(`killed (SIGKILL) in the middle of an import restarts with the previous revision intact (${engine})`, async () => {
      const db = join(dir, `crash-${engine.length}.duckdb`);
      const token = createToken(join(dir, 'tokens.json'), `crash-${engine.length}`);
      const first = await start(db, engineEnv, ['--empty']);
      expect((await post(first.url, token, bigFile('13.77', 366))).status).toBe(201);
      const before = await yearTotals(first.url);
      expect(before).toEqual([
        '2000-01-01 13.77 366',
        ...Array.from({ length: 9 }, (_, i) => `${2001 + i}-01-01 13.77 null`),
      ]);
      await stop(first);

      const second = await start(db, { ...engineEnv, ARUS_FAULT_PAUSE_BEFORE_COMMIT_MS: '30000' });
      const pending = post(second.url, token, bigFile('14.71', 3650)).catch(() => null);
      const deadline = Date.now() + 30_000;
      while (!second.output().includes('upload.paused-before-commit')) {
        if (Date.now() > deadline)
          throw new Error(`the upload never reached its commit:\n${second.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const killed = new Promise((r) => second.child.on('exit', r));
      second.child.kill('SIGKILL');
      await killed;
      expect(await pending).toBeNull();

      const third = await start(db, engineEnv);
      try {
        expect(await yearTotals(third.url)).toEqual(before);
        const revisions = (await (await fetch(`${third.url}api/v1/datasets/kantor/revisions`)).json()) as {
          number: number;
        }[];
        expect(revisions.map((r) => r.number)).toEqual([1]);
      } finally {
        await stop(third);
      }
    });
  }

  it('refuses to start on a file that is not a database, saying so', async () => {
    const db = join(dir, 'garbage.duckdb');
    writeFileSync(db, 'date,origin\n2025-01-01,13.77\n'.repeat(200));
    const { output, exited } = run(db);
    expect(await exited).toBe(1);
    expect(output()).toContain(`Arus Pangan cannot start: The file ${db} is not a DuckDB database`);
  });

  it('refuses to start on a damaged database, saying so', async () => {
    const good = join(dir, 'good.duckdb');
    const first = await start(good);
    await stop(first);
    const damaged = join(dir, 'damaged.duckdb');
    copyFileSync(good, damaged);
    truncateSync(damaged, Math.floor(statSync(damaged).size / 3));
    const { output, exited } = run(damaged);
    expect(await exited).toBe(1);
    expect(output()).toMatch(
      new RegExp(
        `Arus Pangan cannot start: The database ${damaged.replace(/[.]/g, '\\.')} (cannot be opened|is damaged)`,
      ),
    );
  });

  it('refuses to start on an empty file rather than serving an empty dashboard', async () => {
    const db = join(dir, 'empty.duckdb');
    writeFileSync(db, '');
    const { output, exited } = run(db);
    expect(await exited).toBe(1);
    expect(output()).toContain('is empty');
  });
});
