// Reference page for `npm run bench`: the least an import of a CSV file costs in this browser.
// A file input; the chosen file goes to a worker that decodes it, cuts it into rows and fields
// and parses the tonnes column, and the page shows how many rows it read. It follows the markup
// of the app's import page (`.data-import[data-import-state]`, an <input type="file">, the
// report's `.import-summary`), so the bench measures both with the same code.
import type { ReadSummary } from './read.worker';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
root.innerHTML = `
  <div class="data-import" data-import-state="idle">
    <section>
      <h2>Baca berkas CSV</h2>
      <label for="file">Pilih berkas CSV</label>
      <input id="file" type="file" accept=".csv,text/csv" />
      <p class="status" role="status"></p>
    </section>
  </div>`;

const form = root.querySelector<HTMLElement>('.data-import');
const input = root.querySelector<HTMLInputElement>('input[type="file"]');
const status = root.querySelector<HTMLElement>('.status');
if (!form || !input || !status) throw new Error('the form is incomplete');

input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (!file) return;
  form.dataset.importState = 'running';
  input.disabled = true;
  status.textContent = `Membaca ${file.name}…`;
  const worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ReadSummary>) => {
    const { rows, valid, invalid } = event.data;
    worker.terminate();
    status.textContent = '';
    const summary = document.createElement('p');
    summary.className = 'import-summary';
    summary.textContent = `${rows} baris dibaca: ${valid} dengan angka ton, ${invalid} tanpa.`;
    form.append(summary);
    form.dataset.importState = 'done';
  };
  worker.onerror = (event) => {
    status.setAttribute('role', 'alert');
    status.textContent = event.message;
    form.dataset.importState = 'failed';
  };
  worker.postMessage(file);
});
