import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { useSliced } from '../../../src/charts/use-sliced';

class Boundary extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null };
  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.message === null ? this.props.children : <p>failed: {this.state.message}</p>;
  }
}

function Sum({ work }: { work: () => Generator<unknown, number> }) {
  const { value, pending } = useSliced(work);
  return <p>{pending ? 'working' : `sum ${value}`}</p>;
}

function* sumTo(n: number): Generator<unknown, number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    sum += i;
    yield;
  }
  return sum;
}

/** Throws once it has run longer than one slice, so the throw happens in a later task, not in the effect. */
function* failsInALaterSlice(): Generator<unknown, number> {
  const start = performance.now();
  while (performance.now() - start < 40) yield;
  throw new Error('the maths broke');
}

describe('useSliced', () => {
  test('runs the work to its end and shows its result', async () => {
    const work = () => sumTo(100);
    render(<Sum work={work} />);
    expect(await screen.findByText('sum 5050')).toBeInTheDocument();
  });

  test('an error thrown part-way reaches the error boundary instead of leaving the panel working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const work = () => failsInALaterSlice();
    render(
      <Boundary>
        <Sum work={work} />
      </Boundary>,
    );
    expect(await screen.findByText('failed: the maths broke')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
