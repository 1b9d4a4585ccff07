import type { CardText } from './share-card.ts';
import { t } from './i18n.ts';
import { entryPath, paths, withBase } from './paths.ts';
import { publicUrl } from './qr.ts';
import type { SiteData } from './site-data.ts';
import { SITE } from '../site.config.ts';

// Which pages have a share card made at build time and what each card says: every published
// lesson and story. A policy's card and a policy article's are drawn on the phone when asked for
// (src/client/article-card.ts): a site of national laws has thousands of them (README, 分享图片).

/** A card to build: its site-relative path (without the base) and its text. */
export interface ShareCard {
  path: string;
  text: CardText;
}

/** The share cards of a build's published lessons and stories. */
export function shareCards(site: SiteData): ShareCard[] {
  const card = (page: string, eyebrow: string, data: { title: string; summary: string }): ShareCard => ({
    path: paths.shareCard(page),
    text: {
      site: SITE.title,
      eyebrow,
      title: data.title,
      quote: data.summary,
      scanHint: t('cards.scanHint'),
      url: publicUrl(withBase(page)),
    },
  });
  const lessons = site.lessons.map((lesson) => {
    const course = site.courses.find((c) => c.id === lesson.data.course);
    const siblings = site.lessonsByCourse.get(lesson.data.course) ?? [];
    const number = t('lesson.number', { index: siblings.findIndex((l) => l.id === lesson.id) + 1 });
    return card(entryPath('lessons', lesson.id), [course?.data.title, number].filter(Boolean).join(' · '), lesson.data);
  });
  const stories = site.stories.map((story) =>
    card(entryPath('stories', story.id), `${story.data.member.name} · ${story.data.member.workplace}`, story.data),
  );
  return [...lessons, ...stories];
}
