// Writing to the server: tokens, idempotent all-or-nothing uploads with a revision each, the
// audit trail, limits, and files that must store nothing — on each engine (one test file each).
import { afterEach, describe, expect, it } from 'vitest';
import { revokeToken } from '../../server/auth/tokens';
import { startTestServer as startOn, upload, type TestServer } from './harness';

const HEADER = 'date,origin,commodity,entry_point,tonnes,status,source';
const FILE_A = [
  HEADER,
  '2025-03-03,13.77,rice-milled,PIBC,10,reported,Dinas',
  '2025-03-04,13.77,rice-milled,PIBC,5.5,reported,Dinas',
].join('\n');
const FILE_B = [HEADER, '2025-03-03,14.71,fish-marine,PIM-MUARA-BARU,2,reported,Dinas'].join('\n');

/** Every write test against a server on `engine`. */
export function writesSuite(engine: 'duckdb' | 'clickhouse'): void {
  const startTestServer = (options: Parameters<typeof startOn>[0] = {}) => startOn({ ...options, engine });

  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.dispose();
    server = undefined;
  });

  async function datasetsOf(s: TestServer): Promise<string[]> {
    const list = (await (await fetch(s.api('/datasets'))).json()) as { id: string }[];
    return list.map((d) => d.id);
  }

  async function monthlyTonnes(s: TestServer, dataset: string): Promise<unknown> {
    const response = await fetch(
      s.api(`/datasets/${dataset}/flows?from=2025-03-01&to=2025-03-31&groupBy=origin`),
    );
    const body = (await response.json()) as { rows: { origin: string; tonnes: number | null }[] };
    return body.rows.map((r) => [r.origin, r.tonnes]);
  }

  describe('who may write', () => {
    it('refuses a missing, wrong or revoked token with 401 problem+json, logs it, stores nothing', async () => {
      server = await startTestServer({ empty: true });
      const token = server.token('analyst');
      revokeToken(server.config.tokensFile, 'analyst');
      for (const presented of [undefined, 'ap_wrong', token]) {
        const response = await upload(server, FILE_A, presented === undefined ? {} : { token: presented });
        expect(response.status).toBe(401);
        expect(response.headers.get('Content-Type')).toBe('application/problem+json');
        expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="arus-pangan"');
        expect(((await response.json()) as { status: number }).status).toBe(401);
      }
      expect(await datasetsOf(server)).toEqual([]);
      const refusals = server.logLines().filter((l) => l.status === 401);
      expect(refusals.map((l) => l.auth)).toEqual([
        'refused: no token',
        'refused: unknown or revoked token',
        'refused: unknown or revoked token',
      ]);
    });

    it('keeps only hashes of tokens on disk', async () => {
      server = await startTestServer({ empty: true });
      const token = server.token('keeper');
      const { readFileSync } = await import('node:fs');
      const stored = readFileSync(server.config.tokensFile, 'utf8');
      expect(stored).not.toContain(token);
      expect(stored).not.toContain(token.slice(3, 20));
      expect(stored).toContain('"name": "keeper"');
    });
  });

  describe('uploads', () => {
    it('stores a revision per new file, adds nothing for the same file twice, and records each import', async () => {
      server = await startTestServer({ empty: true });
      const token = server.token('analyst');
      const first = await upload(server, FILE_A, { token, dataset: 'Dinas KPKP' });
      expect(first.status).toBe(201);
      const firstBody = (await first.json()) as {
        dataset: string;
        created: boolean;
        revision: { number: number };
        report: { acceptedRows: number };
      };
      expect([
        firstBody.dataset,
        firstBody.created,
        firstBody.revision.number,
        firstBody.report.acceptedRows,
      ]).toEqual(['dinas-kpkp', true, 1, 2]);

      const again = await upload(server, FILE_A, { token, dataset: 'Dinas KPKP' });
      expect(again.status).toBe(200);
      expect(((await again.json()) as { created: boolean }).created).toBe(false);
      expect(await monthlyTonnes(server, 'dinas-kpkp')).toEqual([['13.77', 15.5]]);

      expect((await upload(server, FILE_B, { token, dataset: 'Dinas KPKP' })).status).toBe(201);
      // The newest revision is what the dataset answers: B replaced A whole.
      expect(await monthlyTonnes(server, 'dinas-kpkp')).toEqual([['14.71', 2]]);

      const revisions = (await (await fetch(server.api('/datasets/dinas-kpkp/revisions'))).json()) as {
        number: number;
        tokenName: string;
        fileHash: string;
        acceptedRows: number;
        rejectedRows: number;
      }[];
      expect(revisions.map((r) => [r.number, r.tokenName, r.acceptedRows, r.rejectedRows])).toEqual([
        [2, 'analyst', 1, 0],
        [1, 'analyst', 2, 0],
      ]);
      expect(revisions[0]?.fileHash).toMatch(/^[0-9a-f]{64}$/);
      expect(revisions[0]?.fileHash).not.toBe(revisions[1]?.fileHash);
      expect((await fetch(server.api('/datasets/nothing/revisions'))).status).toBe(404);
    });

    it('answers a file with no acceptable row with the row-level report, storing nothing', async () => {
      server = await startTestServer({ empty: true });
      const token = server.token();
      const bad = [
        HEADER,
        '2025-03-03,99.99,rice-milled,PIBC,10,reported,',
        '2025-13-01,13.77,rice-milled,PIBC,1,reported,',
      ].join('\n');
      const response = await upload(server, bad, { token, dataset: 'Bad' });
      expect(response.status).toBe(422);
      const body = (await response.json()) as {
        report: { rejections: { line: number; column: string | null; reason: string }[] };
      };
      expect(body.report.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
        [2, 'origin', 'unknown-origin'],
        [3, 'date', 'bad-date'],
      ]);
      expect(await datasetsOf(server)).toEqual([]);
    });

    it('stores nothing from binary, truncated or oversized uploads', async () => {
      server = await startTestServer({ empty: true, env: { ARUS_UPLOAD_MAX_BYTES: '2000' } });
      const token = server.token();
      const png = new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0,
      ]);
      const binary = await upload(server, png, { token, dataset: 'Binary', fileName: 'photo.csv' });
      expect(binary.status).toBe(422);
      const truncatedJson = await upload(
        server,
        '[{"date":"2025-03-03","origin":"13.77","commodity":"rice-mil',
        { token, dataset: 'Truncated', fileName: 'cut.json' },
      );
      expect(truncatedJson.status).toBe(422);
      expect(
        ((await truncatedJson.json()) as { report: { fileProblem: { kind: string } } }).report.fileProblem
          .kind,
      ).toBe('bad-json');
      const big = `${HEADER}\n${'2025-03-03,13.77,rice-milled,PIBC,10,reported,Dinas\n'.repeat(60)}`;
      const oversized = await upload(server, big, { token, dataset: 'Big' });
      expect(oversized.status).toBe(413);
      expect(((await oversized.json()) as { title: string }).title).toBe('File too large');
      // Sent in chunks without a length: refused once the bytes received pass the limit.
      const lines = big.split(/(?<=\n)/);
      const chunked = await fetch(`${server.api('/datasets')}?dataset=Chunked&filename=chunked.csv`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: new ReadableStream<Uint8Array>({
          pull(controller) {
            const line = lines.shift();
            if (line === undefined) controller.close();
            else controller.enqueue(new TextEncoder().encode(line));
          },
        }),
        duplex: 'half',
      } as RequestInit).catch((error: unknown) => error);
      expect(chunked instanceof Response ? chunked.status : String(chunked)).toBe(413);
      expect(await datasetsOf(server)).toEqual([]);
    });

    it('keeps SQL in cell values as text', async () => {
      server = await startTestServer();
      const token = server.token();
      const before = await (
        await fetch(server.api('/flows?from=2024-01-01&to=2024-12-31&groupBy=origin'))
      ).text();
      const hostile = [
        HEADER,
        "2025-03-03,13.77,rice-milled,PIBC,10,reported,'); DROP TABLE flow_days; --",
        '2025-03-04,13.77,rice-milled,PIBC,1,reported,100% \\ "quoted"',
        "2025-03-05,'; DELETE FROM datasets; --,rice-milled,PIBC,1,reported,",
      ].join('\n');
      const response = await upload(server, hostile, { token, dataset: "x'; DROP TABLE revisions; --" });
      expect(response.status).toBe(201);
      const { dataset } = (await response.json()) as { dataset: string };
      expect(dataset).toBe('x-drop-table-revisions');
      const sources = (await (await fetch(server.api(`/datasets/${dataset}/sources`))).json()) as {
        title: string;
      }[];
      expect(sources.map((s) => s.title)).toEqual(
        expect.arrayContaining(["'); DROP TABLE flow_days; --", '100% \\ "quoted"']),
      );
      expect(
        await (await fetch(server.api('/flows?from=2024-01-01&to=2024-12-31&groupBy=origin'))).text(),
      ).toBe(before);
      expect(await datasetsOf(server)).toEqual(['demo', dataset]);
    });

    it('runs two uploads at once one after the other, each whole', async () => {
      let concurrent = 0;
      let most = 0;
      server = await startTestServer({
        empty: true,
        beforeCommit: async () => {
          concurrent++;
          most = Math.max(most, concurrent);
          await new Promise((r) => setTimeout(r, 200));
          concurrent--;
        },
      });
      const token = server.token();
      const [a, b] = await Promise.all([
        upload(server, FILE_A, { token, dataset: 'Same' }),
        upload(server, FILE_B, { token, dataset: 'Same' }),
      ]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(most).toBe(1);
      const revisions = (await (await fetch(server.api('/datasets/same/revisions'))).json()) as {
        number: number;
        acceptedRows: number;
      }[];
      expect(revisions.map((r) => r.number)).toEqual([2, 1]);
      // The current revision holds exactly one of the files, never a mixture.
      expect([[['13.77', 15.5]], [['14.71', 2]]]).toContainEqual(await monthlyTonnes(server, 'same'));
    });

    it('leaves nothing of an upload that fails before it is made current, so the same file stores whole later', async () => {
      let failures = 1;
      server = await startTestServer({
        empty: true,
        beforeCommit: async () => {
          await Promise.resolve();
          if (failures-- > 0) throw new Error('disk full (injected)');
        },
      });
      const token = server.token();
      const failed = await upload(server, FILE_A, { token, dataset: 'Retry' });
      expect(failed.status).toBe(500);
      expect(await datasetsOf(server)).toEqual([]);
      expect((await fetch(server.api('/datasets/retry/revisions'))).status).toBe(404);

      const again = await upload(server, FILE_A, { token, dataset: 'Retry' });
      expect(again.status).toBe(201);
      expect(((await again.json()) as { revision: { number: number } }).revision.number).toBe(1);
      // 10 t and 5.5 t once each: nothing left over from the failed attempt is counted twice.
      expect(await monthlyTonnes(server, 'retry')).toEqual([['13.77', 15.5]]);
    });

    it('limits uploads per token per minute', async () => {
      server = await startTestServer({ empty: true, env: { ARUS_UPLOADS_PER_MINUTE: '2' } });
      const token = server.token();
      expect((await upload(server, FILE_A, { token, dataset: 'R' })).status).toBe(201);
      expect((await upload(server, FILE_B, { token, dataset: 'R' })).status).toBe(201);
      const third = await upload(server, FILE_A, { token, dataset: 'R2' });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('Retry-After'))).toBeGreaterThan(0);
    });

    it('finishes an upload in flight when shut down, losing nothing', async () => {
      let paused: () => void = () => undefined;
      const reachedCommit = new Promise<void>((r) => (paused = r));
      server = await startTestServer({
        empty: true,
        beforeCommit: async () => {
          paused();
          await new Promise((r) => setTimeout(r, 300));
        },
      });
      const token = server.token();
      const dir = server.dir;
      const pending = upload(server, FILE_A, { token, dataset: 'Late' });
      await reachedCommit;
      const closing = server.close();
      expect((await pending).status).toBe(201);
      await closing;
      server = await startTestServer({ dir });
      expect(await monthlyTonnes(server, 'late')).toEqual([['13.77', 15.5]]);
    });
  });

  describe('balance tables', () => {
    const TABLE = [
      'periode;komoditas;pos;rincian;ton;status;sumber',
      '2025-03;Beras;arus keluar;penyangga;3,1;dilaporkan;Laporan PIBC',
      '2025-03-02;Beras;stok;;8;dilaporkan;Laporan PIBC',
      '2025-03-04;Beras;stok;;10;dilaporkan;Laporan PIBC',
      '2025;Beras;produksi;ditanam;36,5;perkiraan;',
    ].join('\r\n');
    const riceBalance = async (s: TestServer) => {
      const response = await fetch(
        s.api('/datasets/dinas-kpkp/balance?from=2025-03-03&to=2025-03-04&granularity=day&commodity=rice'),
      );
      const body = (await response.json()) as { rows: { item: string; tonnes: number | null }[] };
      return body.rows.map((r) => [r.item, r.tonnes]);
    };
    const revisionCount = async (s: TestServer) =>
      ((await (await fetch(s.api('/datasets/dinas-kpkp/revisions'))).json()) as unknown[]).length;

    it('joins the current flows as a new revision, once per table and flows', async () => {
      server = await startTestServer({ empty: true });
      const token = server.token('analyst');
      expect((await upload(server, FILE_A, { token, dataset: 'Dinas KPKP' })).status).toBe(201);
      const stored = await upload(server, TABLE, { token, dataset: 'Dinas KPKP', fileName: 'neraca.csv' });
      expect(stored.status).toBe(201);
      const body = (await stored.json()) as { revision: { number: number }; report: Record<string, unknown> };
      expect(body.revision.number).toBe(2);
      expect(body.report).toMatchObject({ table: 'balance', totalRows: 4, acceptedRows: 4, rejectedRows: 0 });
      // 3.1 t over March's 31 days is 0.1 t a day; 36.5 t over 365 days is 0.1 t a day. The stock
      // is reported on 2 and 4 March only: neither day of the range has itself and the day before
      // it reported, so its change is not known (null, not 0).
      expect(await riceBalance(server)).toEqual([
        ['onward', 0.1],
        ['stock-change', null],
        ['production', 0.1],
        ['onward', 0.1],
        ['stock-change', null],
        ['production', 0.1],
      ]);
      // The flows are the first revision's, carried.
      expect(await monthlyTonnes(server, 'dinas-kpkp')).toEqual([['13.77', 15.5]]);

      const again = await upload(server, TABLE, { token, dataset: 'Dinas KPKP', fileName: 'neraca.csv' });
      expect(again.status).toBe(200);
      expect(((await again.json()) as { created: boolean }).created).toBe(false);
      expect(await revisionCount(server)).toBe(2);

      // New flows start a revision of their own; the same table on them is a new revision again.
      expect((await upload(server, FILE_B, { token, dataset: 'Dinas KPKP' })).status).toBe(201);
      expect(await riceBalance(server)).toEqual([]);
      expect(
        (await upload(server, TABLE, { token, dataset: 'Dinas KPKP', fileName: 'neraca.csv' })).status,
      ).toBe(201);
      expect(await revisionCount(server)).toBe(4);
      expect(await riceBalance(server)).toHaveLength(6);
    });

    it('stores nothing for a table with a bad row, and says which row', async () => {
      server = await startTestServer({ empty: true });
      const token = server.token('analyst');
      expect((await upload(server, FILE_A, { token, dataset: 'Dinas KPKP' })).status).toBe(201);
      const bad = `${TABLE}\r\n2025-03;Beras;stok;;9;;`;
      const response = await upload(server, bad, { token, dataset: 'Dinas KPKP', fileName: 'neraca.csv' });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { report: { acceptedRows: number; rejections: unknown[] } };
      expect(body.report.acceptedRows).toBe(4);
      expect(body.report.rejections).toEqual([
        { line: 6, column: 'periode', reason: 'bad-period', value: '2025-03', expected: expect.any(String) },
      ]);
      expect(await revisionCount(server)).toBe(1);
      const attempts = server.logLines().filter((l) => l.status === 422);
      expect(attempts).toHaveLength(1);
    });

    it('refuses a table for a dataset without flows, and an unknown kind of table', async () => {
      server = await startTestServer({ empty: true });
      const token = server.token('analyst');
      const lonely = await upload(server, TABLE, { token, dataset: 'Kosong', fileName: 'neraca.csv' });
      expect(lonely.status).toBe(422);
      const body = (await lonely.json()) as { detail: string; report: { fileProblem: { kind: string } } };
      expect(body.report.fileProblem.kind).toBe('no-flows');
      expect(body.detail).toContain('upload its flows first');
      expect(await datasetsOf(server)).toEqual([]);
      const query = new URLSearchParams({ dataset: 'Kosong', table: 'chairs' });
      const wrong = await fetch(`${server.api('/datasets')}?${query}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: TABLE,
      });
      expect(wrong.status).toBe(400);
    });

    it('reads a JSON table told by its key, and keeps SQL in a cell as text', async () => {
      server = await startTestServer({ empty: true });
      const token = server.token('analyst');
      expect((await upload(server, FILE_A, { token, dataset: 'Dinas KPKP' })).status).toBe(201);
      const json = JSON.stringify({
        balance: [
          { period: '2025-03', commodity: 'rice-milled', item: 'onward', detail: 'buffer-zone', tonnes: 3.1 },
          {
            period: '2025',
            commodity: 'rice-milled',
            item: 'production',
            detail: 'grown',
            tonnes: 36.5,
            source: "x'); DELETE FROM onward_days; --",
          },
        ],
      });
      const stored = await upload(server, json, { token, dataset: 'Dinas KPKP', fileName: 'neraca.json' });
      expect(stored.status).toBe(201);
      expect(((await stored.json()) as { report: { format: string } }).report.format).toBe('json');
      expect((await riceBalance(server)).filter(([item]) => item === 'onward')).toEqual([
        ['onward', 0.1],
        ['onward', 0.1],
      ]);
      const sources = (await (await fetch(server.api('/datasets/dinas-kpkp/sources'))).json()) as {
        title: string;
      }[];
      expect(sources.map((s) => s.title)).toContain("x'); DELETE FROM onward_days; --");
    });
  });
}
