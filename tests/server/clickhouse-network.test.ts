// The network path to ClickHouse (DATABASE_URL=clickhouse://…, the official client over HTTP),
// against a local stub of ClickHouse's HTTP interface: what goes over the wire (credentials,
// database, SQL with typed placeholders and the values apart), and what the server does when
// ClickHouse is unreachable or refuses it. The SQL itself runs on the real engine in
// differential-clickhouse.test.ts.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';

interface Received {
  method: string;
  url: URL;
  authorization: string;
  body: string;
}

type Mode = 'answering' | 'refusing';

/** Plays a fresh ClickHouse server closely enough for start-up and empty reads. */
class ClickHouseStub {
  readonly received: Received[] = [];
  mode: Mode = 'answering';
  private readonly tables = new Set<string>();
  private migrated = false;
  private server: Server | null = null;

  async listen(port = 0): Promise<number> {
    this.server = createServer((request, response) => {
      void readBody(request).then((body) => {
        const url = new URL(request.url ?? '/', 'http://stub');
        this.received.push({
          method: request.method ?? '',
          url,
          authorization: request.headers.authorization ?? '',
          body,
        });
        if (url.pathname === '/ping') return response.end('Ok.\n');
        if (this.mode === 'refusing') {
          response.writeHead(516, { 'X-ClickHouse-Exception-Code': '516' });
          return response.end(
            'Code: 516. DB::Exception: arus: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)',
          );
        }
        const sql = body || (url.searchParams.get('query') ?? '');
        const created = /^CREATE TABLE (\w+)/.exec(sql)?.[1];
        if (created) this.tables.add(created);
        if (/INSERT INTO schema_migrations/.test(sql)) this.migrated = true;
        let rows: object[] = [];
        if (sql.includes('FROM system.tables')) rows = [...this.tables].map((name) => ({ name }));
        else if (sql.includes('max(version)')) rows = [{ v: this.migrated ? 1 : 0 }];
        else if (sql.startsWith('SELECT 1 AS ok')) rows = [{ ok: 1 }];
        response.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
        response.end(rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
      });
    });
    const server = this.server;
    await new Promise<void>((resolveListen) => server.listen(port, '127.0.0.1', () => resolveListen()));
    return (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolveListen) => probe.listen(0, '127.0.0.1', () => resolveListen()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolveClose) => probe.close(() => resolveClose()));
  return port;
}

const started: { server?: TestServer; stub?: ClickHouseStub } = {};
afterEach(async () => {
  await started.server?.dispose();
  await started.stub?.stop();
  delete started.server;
  delete started.stub;
});

async function serverOn(port: number): Promise<TestServer> {
  const server = await startTestServer({
    empty: true,
    env: { DATABASE_URL: `clickhouse://arus:s%40cret@127.0.0.1:${port}/arus_pangan` },
  });
  started.server = server;
  return server;
}

describe('the server on ClickHouse over HTTP', () => {
  it('creates its schema with the credentials and database of DATABASE_URL, and binds every value apart from the SQL', async () => {
    const stub = (started.stub = new ClickHouseStub());
    const server = await serverOn(await stub.listen());

    const ready = await fetch(new URL('/readyz', server.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', datasets: 0 });
    expect(server.store.engine).toBe('clickhouse');

    const queries = stub.received.filter((r) => r.method === 'POST');
    // Basic auth of user "arus" with the password "s@cret" (percent-encoded in the URL).
    expect(new Set(queries.map((r) => r.authorization))).toEqual(
      new Set([`Basic ${Buffer.from('arus:s@cret').toString('base64')}`]),
    );
    expect(queries.some((r) => r.body === 'CREATE DATABASE IF NOT EXISTS arus_pangan')).toBe(true);
    const inDatabase = queries.filter((r) => r.url.searchParams.get('database') === 'arus_pangan');
    for (const table of ['flow_days', 'flow_months', 'datasets', 'revisions']) {
      expect(inDatabase.some((r) => r.body.startsWith(`CREATE TABLE ${table} `))).toBe(true);
    }
    const flowDays = inDatabase.find((r) => r.body.startsWith('CREATE TABLE flow_days '))?.body ?? '';
    expect(flowDays).toMatch(
      /ENGINE = MergeTree ORDER BY \(revision_id, commodity, destination, day, series_no\)/,
    );

    // A hostile dataset id reaches ClickHouse as a parameter value, never as text in the SQL.
    const hostile = "x'; DROP TABLE flow_days; --";
    const before = stub.received.length;
    const answer = await fetch(server.api(`/datasets/${encodeURIComponent(hostile)}/meta`));
    expect(answer.status).toBe(404);
    expect((await answer.json()).detail).toBe(`No dataset "${hostile}"`);
    const lookup = stub.received.slice(before).find((r) => r.url.searchParams.has('param_id'));
    expect(lookup?.url.searchParams.get('param_id')).toBe("x\\'; DROP TABLE flow_days; --");
    expect(lookup?.body).toContain('{id:String}');
    expect(lookup?.body).not.toContain('DROP');
  });

  it('answers 503 and reports not ready while ClickHouse refuses it or cannot be reached, and recovers', async () => {
    const stub = (started.stub = new ClickHouseStub());
    const port = await stub.listen();
    const server = await serverOn(port);
    expect((await fetch(new URL('/readyz', server.url))).status).toBe(200);

    stub.mode = 'refusing';
    const refused = await fetch(new URL('/readyz', server.url));
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({
      status: 'database-unavailable',
      detail: expect.stringContaining('Authentication failed') as string,
    });
    const read = await fetch(server.api('/meta'));
    expect(read.status).toBe(503);
    expect(read.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await read.json()).title).toBe('Database unavailable');

    await stub.stop();
    const unreachable = await fetch(new URL('/readyz', server.url));
    expect(unreachable.status).toBe(503);
    expect((await unreachable.json()).detail).toMatch(
      /^ClickHouse at http:\/\/127\.0\.0\.1:\d+ cannot be reached: /,
    );

    const logged = server.logLines().filter((line) => line.msg === 'database unavailable');
    expect(logged.map((line) => String(line.error))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('refused: arus: Authentication failed') as string,
        expect.stringContaining('cannot be reached') as string,
      ]),
    );

    stub.mode = 'answering';
    await stub.listen(port);
    expect((await fetch(new URL('/readyz', server.url))).status).toBe(200);
  });

  it('starts while ClickHouse is down, says so in its log, and becomes ready when it answers', async () => {
    const port = await freePort();
    const server = await serverOn(port);
    const down = await fetch(new URL('/readyz', server.url));
    expect(down.status).toBe(503);
    expect(server.logLines()[0]).toMatchObject({
      msg: `database unavailable: ClickHouse http://127.0.0.1:${port}, database arus_pangan, user arus; /readyz answers 503 until it answers`,
    });
    expect(JSON.stringify(server.logLines())).not.toContain('s@cret');

    const stub = (started.stub = new ClickHouseStub());
    await stub.listen(port);
    const up = await fetch(new URL('/readyz', server.url));
    expect(up.status).toBe(200);
    expect(stub.received.some((r) => r.body.startsWith('CREATE TABLE schema_migrations'))).toBe(true);
  });
});
