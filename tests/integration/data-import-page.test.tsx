// The import page as an analyst uses it: choose a file, read the report row by row, keep the
// dataset, use it, delete it. The import runs on the test's thread (jsdom has no Worker) through
// the same importAndStore the worker runs, into an in-memory IndexedDB.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useDataSourceStore } from '../../src/data-source/data-source-store';
import { ImportPage } from '../../src/features/data-import/import-page';
import { UrlLanguage } from '../../src/app/app';
import { createIndexedDbRepository } from '../../src/import/imported-dataset-repository';
import {
  createInThreadImportRunner,
  type ImportRun,
  type ImportRunner,
} from '../../src/import/import-runner';
import { captureDownloads } from '../helpers/downloads';

const HEADER = 'tanggal;asal;komoditas;pintu_masuk;ton;status;sumber';
const FILE = [
  HEADER,
  '2024-01-01;32.09;rice-milled;PIBC;1.234,5;;Catatan PIBC', // line 2: accepted
  '2024-01-02;99.99;rice-milled;PIBC;10;;', // line 3: unknown region
  '2024-01-02;32.09;rice-milled;PIBC;-3;;', // line 4: negative tonnes
  '2024-02-30;32.09;rice-milled;PIBC;1;;', // line 5: bad date
  '2024-01-01;32.09;rice-milled;PIBC;7;;', // line 6: duplicate of line 2
  '2024-01-03;<img src=x onerror=alert(1)>;rice-milled;PIBC;1;;', // line 7: hostile text
  '2024-01-03;32.15;rice-milled;PIBC;;;', // line 8: accepted, not reported
].join('\r\n');

function setup(options: { runner?: ImportRunner; url?: string } = {}) {
  window.history.replaceState(null, '', options.url ?? '/?page=data');
  const repository = createIndexedDbRepository({ factory: new IDBFactory() });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={new QueryClient()}>
      <UrlLanguage>
        <ImportPage
          repository={repository}
          runner={options.runner ?? createInThreadImportRunner(repository)}
        />
      </UrlLanguage>
    </QueryClientProvider>,
  );
  return { user, repository, ...view };
}

/** The blob's text with its BOM (Blob.text() drops it). */
async function bytesAsText(blob: Blob | undefined): Promise<string> {
  if (!blob) throw new Error('nothing was downloaded');
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

function csvFile(text: string, name = 'arus-januari.csv') {
  return new File([text], name, { type: 'text/csv' });
}

afterEach(() => {
  useDataSourceStore.setState({ active: 'default', fallback: null });
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('ImportPage', () => {
  test('reports every bad row with its line, column and reason, and stores the good ones', async () => {
    const { user } = setup();
    await user.upload(screen.getByLabelText('Pilih berkas CSV, XLSX atau JSON'), csvFile(FILE));

    expect(await screen.findByText('7 baris data: 2 diterima, 5 ditolak.')).toBeInTheDocument();
    const report = screen.getByRole('region', { name: 'Laporan impor: arus-januari.csv' });
    expect(within(report).getByText('titik koma (;)')).toBeInTheDocument();
    expect(within(report).getByText('koma desimal (1.234,5)')).toBeInTheDocument();

    const table = within(report).getByRole('table', { name: 'Baris yang ditolak' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3', 'asal', 'Kode daerah “99.99” tidak dikenal.', '99.99'],
      ['4', 'ton', 'Ton tidak boleh negatif (-3).', '-3'],
      ['5', 'tanggal', '“2024-02-30” bukan tanggal YYYY-MM-DD.', '2024-02-30'],
      [
        '6',
        'tanggal, asal, komoditas, pintu_masuk',
        'Tanggal, asal, komoditas dan pintu masuk sama dengan baris 2; baris pertama dipakai.',
        '2024-01-01, 32.09, rice-milled, PIBC',
      ],
      [
        '7',
        'asal',
        'Kode daerah “<img src=x onerror=alert(1)>” tidak dikenal.',
        '<img src=x onerror=alert(1)>',
      ],
    ]);
    // Hostile text is text: no element was made from it.
    expect(document.querySelector('img')).toBeNull();

    const byReason = within(report).getByRole('table', { name: 'Masalah per alasan' });
    expect(within(byReason).getByRole('row', { name: 'Kode daerah tidak dikenal 2' })).toBeInTheDocument();

    expect(within(report).getByText(/Disimpan di peramban ini sebagai “arus-januari”/)).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Dataset tersimpan di peramban ini' });
    expect(await within(list).findByRole('rowheader', { name: 'arus-januari' })).toBeInTheDocument();
  });

  test('the whole rejected-row report downloads as CSV, formula-safe', async () => {
    const { user } = setup();
    const blobs = captureDownloads();
    await user.upload(
      screen.getByLabelText('Pilih berkas CSV, XLSX atau JSON'),
      csvFile([HEADER, '2024-01-01;=cmd|calc;rice-milled;PIBC;1;;'].join('\n')),
    );
    await user.click(await screen.findByRole('button', { name: 'Unduh laporan lengkap (CSV)' }));
    // The reason sentence starts with a letter, so only the bare value needs the apostrophe.
    expect(await bytesAsText(blobs[0])).toBe(
      "\uFEFFBaris,Kolom,Alasan,Nilai\r\n2,asal,Kode daerah “=cmd|calc” tidak dikenal.,'=cmd|calc\r\n",
    );
  });

  test('a file without the required columns is rejected as a whole, naming them', async () => {
    const { user } = setup();
    await user.upload(
      screen.getByLabelText('Pilih berkas CSV, XLSX atau JSON'),
      csvFile('tanggal,ton\n2024-01-01,5\n'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Seluruh berkas ditolak.');
    expect(alert).toHaveTextContent(
      'Kolom wajib tidak ada: origin, commodity, entry_point. Kolom yang terbaca: tanggal, ton.',
    );
    // The list of stored datasets is read from IndexedDB after the page opens.
    expect(await screen.findByText('Belum ada dataset yang diimpor.')).toBeInTheDocument();
  });

  test('in English too', async () => {
    const { user } = setup({ url: '/?page=data&lang=en' });
    await user.upload(screen.getByLabelText('Choose a CSV, XLSX or JSON file'), csvFile(FILE));
    expect(await screen.findByText('7 data rows: 2 accepted, 5 rejected.')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Region code “99.99” is not known.' })).toBeInTheDocument();
  });

  test('choose it as the data source, go back to the built-in data, delete it after confirming', async () => {
    const { user, repository } = setup();
    await user.upload(screen.getByLabelText('Pilih berkas CSV, XLSX atau JSON'), csvFile(FILE));
    await user.click(await screen.findByRole('button', { name: 'Gunakan sekarang sebagai sumber data' }));
    const [info] = await repository.list();
    expect(useDataSourceStore.getState().active).toBe(info?.id);
    expect(screen.getByText(/Semua tampilan memakai “arus-januari”/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('arus-pangan:data-source') ?? '{}')).toMatchObject({
      state: { active: info?.id },
    });

    await user.click(screen.getByRole('button', { name: 'Gunakan data bawaan' }));
    expect(useDataSourceStore.getState().active).toBe('default');
    await user.click(screen.getByRole('button', { name: 'Gunakan arus-januari sebagai sumber data' }));
    expect(useDataSourceStore.getState().active).toBe(info?.id);

    await user.click(screen.getByRole('button', { name: 'Hapus arus-januari' }));
    const confirm = screen.getByRole('group', { name: /Hapus “arus-januari” dari peramban ini\?/ });
    expect(within(confirm).getByRole('button', { name: 'Batal' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Ya, hapus' }));

    expect(await screen.findByText('Belum ada dataset yang diimpor.')).toBeInTheDocument();
    expect(screen.getByText(/“arus-januari” dihapus\./)).toBeInTheDocument();
    expect(useDataSourceStore.getState().active).toBe('default');
    expect(await repository.list()).toEqual([]);
  });

  test('progress is shown while the file is read, and cancel stops it', async () => {
    let cancelled = false;
    const slowRunner: ImportRunner = (_request, onProgress) => {
      let settle: (outcome: Awaited<ImportRun['outcome']>) => void = () => {};
      const outcome = new Promise<Awaited<ImportRun['outcome']>>((resolve) => (settle = resolve));
      setTimeout(
        () =>
          onProgress({ phase: 'reading', bytesRead: 2_500_000, totalBytes: 10_000_000, encoding: 'utf-8' }),
        0,
      );
      return {
        outcome,
        cancel: () => {
          cancelled = true;
          settle({ kind: 'cancelled' });
        },
      };
    };
    const { user } = setup({ runner: slowRunner });
    await user.upload(screen.getByLabelText('Pilih berkas CSV, XLSX atau JSON'), csvFile(FILE, 'besar.csv'));
    const bar = await screen.findByRole('progressbar', { name: 'Kemajuan impor' });
    await waitFor(() => expect(bar).toHaveAttribute('value', '2500000'));
    // Testing Library turns the non-breaking spaces of the page into plain ones.
    expect(screen.getByText('Membaca besar.csv: 2,5 MB dari 10 MB')).toBeInTheDocument();
    expect(screen.getByLabelText('Pilih berkas CSV, XLSX atau JSON')).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Batalkan impor' }));
    expect(cancelled).toBe(true);
    expect(await screen.findByText('Impor dibatalkan. Tidak ada yang disimpan.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('the template downloads as a CSV the importer accepts', async () => {
    const { user } = setup();
    const blobs = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Unduh templat CSV' }));
    const template = await bytesAsText(blobs[0]);
    expect(template.split('\r\n')[0]).toBe('\uFEFFtanggal,asal,komoditas,pintu_masuk,ton,status,sumber');

    await user.upload(
      screen.getByLabelText('Pilih berkas CSV, XLSX atau JSON'),
      csvFile(template, 'templat.csv'),
    );
    expect(await screen.findByText('3 baris data: 3 diterima, 0 ditolak.')).toBeInTheDocument();
  });

  test('day-first dates are asked about once; the answer can be undone without choosing the file again', async () => {
    const { user, repository } = setup();
    const file = csvFile(
      [
        'Tanggal;Asal;Komoditas;Pintu masuk;Ton',
        '01/09/2026;Kabupaten Cirebon;Beras;PIBC;1.234,5',
        '13/09/2026;Kabupaten Cirebon;Beras;PIBC;2,5',
      ].join('\r\n'),
      'september.csv',
    );
    await user.upload(screen.getByLabelText('Pilih berkas CSV, XLSX atau JSON'), file);

    const question = await screen.findByRole('region', { name: 'Sebelum impor: september.csv' });
    expect(within(question).getByText('Tanggal tampak DD/MM/YYYY — pakai?')).toBeInTheDocument();
    expect(await repository.list()).toEqual([]);
    await user.click(within(question).getByRole('button', { name: 'Ya, pakai DD/MM/YYYY' }));

    expect(await screen.findByText('2 baris data: 2 diterima, 0 ditolak.')).toBeInTheDocument();
    const report = screen.getByRole('region', { name: 'Laporan impor: september.csv' });
    expect(within(report).getByText('dibaca sebagai DD/MM/YYYY')).toBeInTheDocument();
    const names = within(report).getByRole('table', { name: 'Nama yang dibaca sebagai kode' });
    const rows = within(names)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Asal', 'Kabupaten Cirebon', '32.09', 'Kabupaten Cirebon', '2'],
      ['Komoditas', 'Beras', 'rice-milled', 'Beras', '2'],
    ]);
    const [first] = await repository.list();

    // Undo: read the same file month first. 13/09/2026 is then no day; the first dataset goes.
    await user.click(within(report).getByRole('button', { name: 'Salah? Baca ulang sebagai MM/DD/YYYY' }));
    expect(await screen.findByText('2 baris data: 1 diterima, 1 ditolak.')).toBeInTheDocument();
    expect(screen.getByText('Dataset sebelumnya dari berkas ini diganti.')).toBeInTheDocument();
    const stored = await repository.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).not.toBe(first?.id);
    expect(stored[0]?.firstDay).toBe('2026-01-09');
  });
});
