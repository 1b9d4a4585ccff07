import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { ROOT } from './fixture-site';

/** The frontmatter of a Markdown/MDX file, parsed the way Astro parses it (js-yaml). */
export function frontmatter(file: string): Record<string, unknown> {
  const source = readFileSync(file, 'utf8');
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (block === undefined) throw new Error(`${file} has no frontmatter`);
  return load(block) as Record<string, unknown>;
}

/** Every Markdown/MDX file of a collection in a content folder (the sample site by default). */
export function entries(collection: string, contentDir = join(ROOT, 'content')): string[] {
  const dir = join(contentDir, collection);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => join(dir, name));
}

export const GOOD_FIXTURES = join(ROOT, 'tests/fixtures/content/good');

/**
 * The frontmatter of a file another process (decap-server) is writing, or undefined while it
 * is missing or not yet whole: for expect.poll.
 */
export function frontmatterOnceWritten(file: string): Record<string, unknown> | undefined {
  try {
    return existsSync(file) ? frontmatter(file) : undefined;
  } catch {
    return undefined;
  }
}
