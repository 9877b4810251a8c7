import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Source } from '../../../src/contract/schemas';
import { SourceLine } from '../../../src/charts/source-line';

const SOURCES: Source[] = [
  {
    id: 'beritasatu',
    title: 'Beras masuk PIBC',
    publisher: 'Beritasatu',
    url: 'https://www.beritasatu.com/megapolitan/814049',
    date: '2021-08',
    kind: 'news',
  },
  {
    id: 'hostile-link',
    title: 'A link that runs script',
    publisher: 'Somebody',
    url: 'javascript:alert(1)',
    date: '2024',
    kind: 'news',
  },
];

describe('SourceLine', () => {
  test('each source once, with publisher and date; https addresses become links', () => {
    render(<SourceLine sourceIds={['beritasatu', 'beritasatu']} sources={SOURCES} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('Sumber:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Beritasatu, Agustus 2021' })).toHaveAttribute(
      'href',
      'https://www.beritasatu.com/megapolitan/814049',
    );
  });

  test('an address that is not https is shown as text, never as a link', () => {
    render(<SourceLine sourceIds={['hostile-link']} sources={SOURCES} />);
    expect(screen.getByText(/Somebody, 2024/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  test('an unknown source id is shown by its own id, also after repeated ids', () => {
    render(<SourceLine sourceIds={['beritasatu', 'beritasatu', 'not-in-catalogue']} sources={SOURCES} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveTextContent('not-in-catalogue');
    expect(screen.getByText('Sumber:')).toBeInTheDocument();
  });

  test('no sources: nothing rendered', () => {
    const { container } = render(<SourceLine sourceIds={[]} sources={SOURCES} />);
    expect(container).toBeEmptyDOMElement();
  });
});
