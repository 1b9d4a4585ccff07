import { describe, expect, test } from 'vitest';
import { chosenArticles, withArticles } from '../../../src/client/article-choice';

const known = ['art-1', 'art-3', 'art-10', 'art-10-1'];

describe('chosenArticles', () => {
  test('ticks the articles the address names, in the document’s order', () => {
    expect(chosenArticles('?articles=10-1,3', known)).toEqual({ chosen: ['art-3', 'art-10-1'], unknown: [] });
  });

  test('reads 、, spaces and the art- prefix, and names what the document does not have', () => {
    expect(chosenArticles('?articles=art-1、10%20999,x', known)).toEqual({
      chosen: ['art-1', 'art-10'],
      unknown: ['999', 'x'],
    });
  });

  test('ticks nothing without the parameter', () => {
    expect(chosenArticles('?q=1', known)).toEqual({ chosen: [], unknown: [] });
    expect(chosenArticles('?articles=', known)).toEqual({ chosen: [], unknown: [] });
  });
});

describe('withArticles', () => {
  test('writes the chosen numbers and keeps the rest of the address', () => {
    expect(withArticles('https://example.org/policies/x/print/?a=1#top', ['art-3', 'art-10-1'])).toBe(
      'https://example.org/policies/x/print/?a=1&articles=3,10-1#top',
    );
  });

  test('drops the parameter when nothing is chosen', () => {
    expect(withArticles('https://example.org/policies/x/print/?articles=3', [])).toBe(
      'https://example.org/policies/x/print/',
    );
  });
});
