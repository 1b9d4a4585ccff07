import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryIdFrom } from './lib/entry-id';
import { courseSchema } from './schemas/courses';
import { eventSchema } from './schemas/events';
import { lessonSchema } from './schemas/lessons';
import { pageSchema } from './schemas/pages';
import { policySchema } from './schemas/policies';
import { projectSchema } from './schemas/projects';
import { serviceSchema } from './schemas/services';
import { stationSchema } from './schemas/stations';
import { storySchema } from './schemas/stories';

// Tests build fixture sites from other folders; editors always use ./content.
const contentDir = process.env.CONTENT_DIR ?? 'content';

function folder(name: string) {
  const base = `${contentDir}/${name}`;
  return glob({ pattern: '**/*.{md,mdx}', base, generateId: entryIdFrom(base) });
}

export const collections = {
  policies: defineCollection({ loader: folder('policies'), schema: policySchema }),
  courses: defineCollection({ loader: folder('courses'), schema: courseSchema }),
  lessons: defineCollection({ loader: folder('lessons'), schema: lessonSchema }),
  stories: defineCollection({ loader: folder('stories'), schema: storySchema }),
  pages: defineCollection({ loader: folder('pages'), schema: pageSchema }),
  events: defineCollection({ loader: folder('events'), schema: eventSchema }),
  services: defineCollection({ loader: folder('services'), schema: serviceSchema }),
  stations: defineCollection({ loader: folder('stations'), schema: stationSchema }),
  projects: defineCollection({ loader: folder('projects'), schema: projectSchema }),
};
