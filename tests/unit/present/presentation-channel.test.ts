import { describe, expect, test } from 'vitest';
import { isPresentationMessage } from '../../../src/features/present/presentation-channel';

describe('messages between presentation windows', () => {
  test('a move to a slide and a question where the talk is are understood', () => {
    expect(isPresentationMessage({ kind: 'go', slide: 3 })).toBe(true);
    expect(isPresentationMessage({ kind: 'where' })).toBe(true);
  });

  test('anything else another page of the origin might send is ignored', () => {
    expect(isPresentationMessage({ kind: 'go', slide: 0 })).toBe(false);
    expect(isPresentationMessage({ kind: 'go', slide: 2.5 })).toBe(false);
    expect(isPresentationMessage({ kind: 'go', slide: '2' })).toBe(false);
    expect(isPresentationMessage({ kind: 'jump', slide: 2 })).toBe(false);
    expect(isPresentationMessage(null)).toBe(false);
    expect(isPresentationMessage('go')).toBe(false);
  });
});
