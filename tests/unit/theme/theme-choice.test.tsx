import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useSetView, useViewField } from '../../../src/state/view-hooks';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from '../../../src/state/view-url';
import { resolveTheme } from '../../../src/theme/theme-choice';
import { ThemeSwitch } from '../../../src/theme/theme-switch';
import { useDocumentTheme, useResolvedTheme } from '../../../src/theme/use-theme';

describe('resolveTheme', () => {
  const none = { prefersDark: false, prefersMoreContrast: false };
  test('an explicit choice wins over the system', () => {
    expect(resolveTheme('light', { prefersDark: true, prefersMoreContrast: true })).toBe('light');
    expect(resolveTheme('dark', none)).toBe('dark');
    expect(resolveTheme('contrast', none)).toBe('contrast');
  });
  test('"system" follows prefers-contrast first, then prefers-color-scheme', () => {
    expect(resolveTheme('system', none)).toBe('light');
    expect(resolveTheme('system', { prefersDark: true, prefersMoreContrast: false })).toBe('dark');
    expect(resolveTheme('system', { prefersDark: true, prefersMoreContrast: true })).toBe('contrast');
  });
});

describe('theme in the view state', () => {
  test('defaults to system and stays out of the URL then', () => {
    expect(parseViewState('').view.theme).toBe('system');
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  test('round-trips every choice', () => {
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      const search = serializeViewState({ ...DEFAULT_VIEW, theme });
      expect(search).toBe(`?theme=${theme}`);
      expect(parseViewState(search)).toEqual({ view: { ...DEFAULT_VIEW, theme }, rejected: [] });
    }
  });

  test('an unknown theme is rejected and falls back to system', () => {
    expect(parseViewState('?theme=neon')).toEqual({ view: DEFAULT_VIEW, rejected: ['theme'] });
    expect(parseViewState(`?theme=${'x'.repeat(500)}`).rejected).toEqual(['theme']);
  });
});

type Listener = () => void;

/** A matchMedia whose answers the test sets, and which tells listeners when they change. */
function fakeMatchMedia(initial: Record<string, boolean>) {
  const answers = { ...initial };
  const listeners = new Map<string, Set<Listener>>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return answers[query] ?? false;
    },
    media: query,
    addEventListener: (_: string, listener: Listener) => {
      if (!listeners.has(query)) listeners.set(query, new Set());
      listeners.get(query)?.add(listener);
    },
    removeEventListener: (_: string, listener: Listener) => listeners.get(query)?.delete(listener),
  }));
  return (query: string, value: boolean) => {
    answers[query] = value;
    listeners.get(query)?.forEach((listener) => listener());
  };
}

function Probe() {
  const theme = useViewField('theme');
  const setView = useSetView();
  const drawn = useDocumentTheme(theme);
  const seen = useResolvedTheme();
  return (
    <>
      <ThemeSwitch value={theme} onChange={(choice) => setView({ theme: choice }, { replace: true })} />
      <output data-testid="drawn">{drawn}</output>
      <output data-testid="seen">{seen}</output>
    </>
  );
}

describe('useDocumentTheme and the theme switch', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.documentElement.removeAttribute('data-theme');
  });

  test('sets <html data-theme>, follows the system while on "system", and puts a choice in the URL', async () => {
    const setMedia = fakeMatchMedia({ '(prefers-color-scheme: dark)': true });
    const user = userEvent.setup();
    render(<Probe />);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByTestId('seen')).toHaveTextContent('dark');

    act(() => setMedia('(prefers-contrast: more)', true));
    expect(document.documentElement.dataset.theme).toBe('contrast');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tema' }), 'Terang');
    expect(window.location.search).toBe('?theme=light');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(screen.getByTestId('seen')).toHaveTextContent('light');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tema' }), 'Ikuti sistem');
    expect(window.location.search).toBe('');
    expect(document.documentElement.dataset.theme).toBe('contrast');
  });

  test('without matchMedia (old browsers, jsdom) "system" is light', () => {
    vi.stubGlobal('matchMedia', undefined);
    render(<Probe />);
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
