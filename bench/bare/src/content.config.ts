import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Same files as the portal build; no schema beyond what Astro needs.
export const collections = {
  policies: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${process.env.CONTENT_DIR}/policies` }),
  }),
};
