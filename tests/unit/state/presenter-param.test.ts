import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from '../../../src/state/view-url';

describe('the presenter window in the link', () => {
  test('presenter=1 opens the presenter view of the same slide', () => {
    const { view, rejected } = parseViewState('?page=present&slide=4&presenter=1');
    expect(rejected).toEqual([]);
    expect(view.presenter).toBe(true);
    expect(view.slide).toBe(4);
    expect(serializeViewState(view)).toBe('?page=present&slide=4&presenter=1');
  });

  test('the audience view is the default and adds nothing to the link', () => {
    expect(DEFAULT_VIEW.presenter).toBe(false);
    expect(serializeViewState({ ...DEFAULT_VIEW, page: 'present', slide: 2 })).toBe('?page=present&slide=2');
  });

  test('any other value is reported and ignored', () => {
    const { view, rejected } = parseViewState('?page=present&presenter=yes');
    expect(view.presenter).toBe(false);
    expect(rejected).toEqual(['presenter']);
  });
});
