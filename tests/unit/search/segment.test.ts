import { describe, expect, test } from 'vitest';
import { segmentQuery } from '../../../src/search/segment';

describe('segmentQuery', () => {
  test('keep words separated by spaces apart', () => {
    expect(segmentQuery('12348 法律援助')).toContain('12348');
  });
});

describe('segmentQuery with words to keep', () => {
  test('keeps everyday words whole that the browser would split', () => {
    expect(segmentQuery('公司不交社保怎么办', ['社保'])).toContain('社保');
  });
});
