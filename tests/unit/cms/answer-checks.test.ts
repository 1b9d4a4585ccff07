import { describe, expect, test } from 'vitest';
import { preSave } from '../../../src/cms/admin/checks';
import type { Immutable } from '../../../src/cms/admin/decap';
import { fixtureData } from '../../support/answer-fixtures';

/** An entry as Decap hands it to preSave: plain data behind Immutable's get/getIn. */
function entry(collection: string, data: Record<string, unknown>): Immutable {
  const at = (value: unknown, path: (string | number)[]): unknown =>
    path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);
  const fields: Record<string, unknown> = { collection, data, newRecord: false, slug: 'sample-tree' };
  const self: Immutable = {
    get: (key) => (key === 'data' ? immutable(data) : fields[key]),
    getIn: (path) => at(fields, path),
    set: () => self,
    toJS: () => fields,
  };
  return self;
}
function immutable(data: Record<string, unknown>): Immutable {
  const self: Immutable = {
    get: (key) => data[key],
    getIn: () => undefined,
    set: (key, value) => immutable({ ...data, [key]: value }),
    toJS: () => data,
  };
  return self;
}

const save = (name: string) => () =>
  preSave({ entry: entry('answers', { slug: 'sample-tree', ...fixtureData(name) }) });

describe('the CMS before saving a guided answer', () => {
  test('saves the sound tree and the one citing a missing policy (the relation field refuses that one)', () => {
    expect(save('good')).not.toThrow();
    expect(save('unknown-policy')).not.toThrow();
  });

  test.each([
    ['unreachable', '问题 2 › 问题编号：问题“fixed”从第一个问题走不到'],
    ['loop', '问题 1 › 选项：问题“how-long”会绕回自己（how-long → fixed → how-long）'],
    ['dead-end', '问题 2 › 选项：问题“fixed”没有选项'],
    [
      'unknown-next',
      '问题 1 › 选项 2 › 选了以后到（问题或结果的编号）：问题“how-long”的选项“六个月以上”指向“transferr”',
    ],
  ])('refuses the %s fixture, in Chinese, naming the field and the question', (name, message) => {
    expect(save(name)).toThrow('这组问答还不能保存：');
    expect(save(name)).toThrow(message);
  });
});
