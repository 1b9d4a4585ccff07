import { describe, expect, expectTypeOf, test } from 'vitest';
import { dataAttributes, readConfig, type Config, type ConfigSchema } from '../../../src/client/config';

const schema = {
  saved: 'string',
  count: 'number',
  urls: 'list',
  labels: 'record',
  note: 'string?',
} as const satisfies ConfigSchema;
type Example = Config<typeof schema>;

/** An element as the browser would have it after rendering `attributes`. */
function element(attributes: Record<string, string>) {
  const dataset: DOMStringMap = {};
  for (const [name, value] of Object.entries(attributes))
    dataset[name.slice('data-'.length).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  return { localName: 'app-example', dataset };
}

describe('dataAttributes and readConfig', () => {
  test('what the page writes is what the element reads, field by field', () => {
    const written: Example = {
      saved: '已保存 {count} 课',
      count: 3,
      urls: ['/lessons/a/', '/lessons/b/'],
      labels: { 'in-force': '现行有效' },
    };
    const attributes = dataAttributes<Example>(written);
    expect(attributes).toEqual({
      'data-saved': '已保存 {count} 课',
      'data-count': '3',
      'data-urls': '/lessons/a/ /lessons/b/',
      'data-labels': '{"in-force":"现行有效"}',
    });
    const read = readConfig(element(attributes), schema);
    expect(read).toEqual(written);
    expectTypeOf(read.count).toEqualTypeOf<number>();
    expectTypeOf(read.urls).toEqualTypeOf<string[]>();
    expectTypeOf(read.note).toEqualTypeOf<string | undefined>();
  });

  test('camelCase names become dashed attributes, read back through the dataset', () => {
    const attributes = dataAttributes<{ policyPath: string }>({ policyPath: '/policies/SLUG/' });
    expect(attributes).toEqual({ 'data-policy-path': '/policies/SLUG/' });
    expect(readConfig(element(attributes), { policyPath: 'string' })).toEqual({ policyPath: '/policies/SLUG/' });
  });

  test('an optional field left out is written as no attribute and read as undefined', () => {
    const attributes = dataAttributes<Example>({ saved: 'x', count: 0, urls: [], labels: {}, note: undefined });
    expect(Object.keys(attributes)).not.toContain('data-note');
    expect(readConfig(element(attributes), schema).note).toBeUndefined();
    expect(readConfig(element(attributes), schema).urls).toEqual([]);
  });

  test('a missing required attribute throws, naming the element and the attribute', () => {
    expect(() => readConfig(element({ 'data-count': '1', 'data-urls': '', 'data-labels': '{}' }), schema)).toThrow(
      '<app-example> data-saved is missing',
    );
  });

  test('a number that is not one, and a record that is not a table of strings, throw', () => {
    const base = { 'data-saved': 'x', 'data-urls': '', 'data-labels': '{}' };
    expect(() => readConfig(element({ ...base, 'data-count': 'three' }), schema)).toThrow(
      '<app-example> data-count is not a number: "three"',
    );
    expect(() => readConfig(element({ ...base, 'data-count': '' }), schema)).toThrow(/data-count is not a number/);
    for (const labels of ['{', '[]', '"x"', '{"a":1}'])
      expect(() => readConfig(element({ ...base, 'data-count': '1', 'data-labels': labels }), schema)).toThrow(
        /<app-example> data-labels/,
      );
  });

  test('a record read from the page has no prototype: "constructor" is not a label', () => {
    const read = readConfig(element({ 'data-labels': '{"a":"甲"}' }), { labels: 'record' });
    expect(read.labels['a']).toBe('甲');
    expect(read.labels['constructor']).toBeUndefined();
  });

  test('the page refuses to write what the element could not read back', () => {
    expect(() => dataAttributes({ urls: ['/a b/'] })).toThrow(
      'data-urls: the list item "/a b/" is empty or has a space',
    );
    expect(() => dataAttributes({ urls: [''] })).toThrow(/data-urls/);
    expect(() => dataAttributes({ count: Number.NaN })).toThrow('data-count: NaN is not a finite number');
  });
});
