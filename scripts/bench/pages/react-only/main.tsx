// Reference page for `npm run bench`: React and nothing else. Its LCP is what the app's LCP is
// compared with, and its gzipped JS is the yardstick for the app's initial JS.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Page() {
  return (
    <main>
      <h1>Arus Pangan</h1>
      <p>
        Dari mana beras, daging dan ikan Jakarta berasal: pasokan, ketergantungan pada daerah lain dan
        peringatan, untuk satu periode.
      </p>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
