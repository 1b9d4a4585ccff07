import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CONTENT_TYPES, type ContentTypes } from './collections';
import { entryIdFrom } from './lib/entry-id';

// Tests build fixture sites from other folders; editors always use ./content.
const contentDir = process.env.CONTENT_DIR ?? 'content';

/** One collection of the registry: the Markdown and MDX files of content/<name>/. */
function collection(name: string, schema: z.ZodObject, retainBody: boolean) {
  const base = `${contentDir}/${name}`;
  return defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base, generateId: entryIdFrom(base), retainBody }),
    schema,
  });
}

/** Each collection typed by its own schema, so that entries' data are typed. */
type Collection<S extends z.ZodObject> = ReturnType<typeof defineCollection<S>>;
type Collections = { [K in keyof ContentTypes]: Collection<ContentTypes[K]['schema']> };

export const collections = Object.fromEntries(
  Object.entries(CONTENT_TYPES).map(([name, type]) => [name, collection(name, type.schema, type.readsBody === true)]),
) as unknown as Collections;
