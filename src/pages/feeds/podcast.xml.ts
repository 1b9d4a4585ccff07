import type { APIRoute } from 'astro';
import { t } from '../../lib/i18n';
import { entryPath, listingPath, paths, withBase } from '../../lib/paths';
import { podcastFeed } from '../../lib/podcast';
import { loadSite } from '../../lib/site-data';
import { SITE } from '../../site.config';

// The published lessons that have a recording, as a podcast (RSS 2.0 with enclosures) that phone
// podcast apps subscribe to; sizes and playing times are read from the files (src/lib/lesson-audio.ts).
const absolute = (path: string) => new URL(withBase(path), SITE.url).href;

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const xml = podcastFeed({
    title: `${SITE.title} · ${t('podcast.title')}`,
    description: t('podcast.description', { site: SITE.title }),
    self: absolute(paths.podcast()),
    home: absolute(listingPath('courses')),
    image: absolute(paths.podcastCover()),
    author: SITE.organization,
    email: SITE.contact.email,
    category: 'Education',
    copyright: `© ${SITE.organization}`,
    episodes: site.lessons.flatMap((lesson) => {
      const audio = site.lessonAudio.get(lesson.id);
      if (!audio) return [];
      const course = site.courses.find((c) => c.id === lesson.data.course);
      const number = (site.lessonsByCourse.get(lesson.data.course) ?? []).indexOf(lesson) + 1;
      return [
        {
          title: lesson.data.title,
          url: absolute(entryPath('lessons', lesson.id)),
          description: t('podcast.episodeDescription', {
            course: course?.data.title ?? '',
            number,
            summary: lesson.data.summary,
          }),
          published: lesson.data.publishDate,
          audio: { ...audio, url: absolute(audio.path) },
          number,
        },
      ];
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
