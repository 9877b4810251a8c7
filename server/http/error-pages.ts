// Plain pages for answers the dashboard itself cannot give, in Bahasa Indonesia and English.
const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function oversizedUrlPage(status: 414 | 431): string {
  const what = status === 414 ? 'Alamat (URL) terlalu panjang' : 'Header permintaan terlalu besar';
  const whatEn = status === 414 ? 'The address (URL) is too long' : 'The request headers are too large';
  return page(
    `${status} — ${what}`,
    `<h1>${what}</h1><p>Tautan ini memuat terlalu banyak data untuk dibuka. <a href="/">Buka dasbor</a> dan pilih tampilan lagi.</p>` +
      `<h2 lang="en">${whatEn}</h2><p lang="en">This link carries more than the server accepts. <a href="/">Open the dashboard</a> and choose the view again.</p>`,
  );
}

export function notFoundPage(): string {
  return page(
    '404 — Tidak ditemukan',
    '<h1>Halaman tidak ditemukan</h1><p><a href="/">Buka dasbor</a>.</p><h2 lang="en">Page not found</h2><p lang="en"><a href="/">Open the dashboard</a>.</p>',
  );
}
