import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/fixture-site';
import { runSearch, type SearchCase } from '../support/search-runner';
import { siteUrl } from '../support/sites';

const { queries } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/search/sample-queries.json'), 'utf8')) as {
  queries: SearchCase[];
};

test('the Chinese query set finds the answering page in the top five, and the article where one answers @desktop', async ({
  page,
}) => {
  test.setTimeout(240_000);
  expect(queries.length).toBeGreaterThanOrEqual(40);
  const misses: string[] = [];
  for (const item of queries) {
    const outcome = await runSearch(page, siteUrl('sample'), item);
    if (outcome.rank === 0)
      misses.push(`${item.kind} "${item.query}": ${item.expect} not in top 5 [${outcome.top.join(', ')}]`);
    else if (item.anchor && !outcome.anchorHit) misses.push(`${item.kind} "${item.query}": no link to #${item.anchor}`);
  }
  expect(misses).toEqual([]);
});
