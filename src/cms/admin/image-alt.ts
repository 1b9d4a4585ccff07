import { refusal, value, type EventData } from './decap';
import { s } from './strings';

/**
 * Every image in a body needs a description for readers who cannot see it (screen readers
 * read it aloud; it also shows when the image fails to load on a weak connection). The build
 * keeps whatever alt text there is (src/lib/sanitize-html.ts), an empty one too, so the CMS
 * asks before saving. Decorative images have no place in content: the site's own design
 * decorates, so there is no way to mark one as decorative.
 */

/** Code is text about Markdown, not images: fenced blocks and inline code are left out. */
const CODE = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n\1\2[`~]*[ \t]*(?=\n|$)|$)|`+[^`\n]*`+/gm;

/** A Markdown image, `![alt](src)` or `![alt][ref]`: the alt text and what follows it. */
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\s*(?:\(\s*<?([^\s)>]*)|\[([^\]]*)\])/g;

/** An HTML image and its alt attribute, if any. */
const HTML_IMAGE = /<img\b[^>]*>/gi;
const ALT_ATTRIBUTE = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const SRC_ATTRIBUTE = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

const blank = (text: string | undefined) => (text ?? '').trim() === '';

/** The address (or reference) of each image in a Markdown body whose alt text is empty, in order. */
export function imagesWithoutAlt(body: string): string[] {
  const text = body.replace(CODE, '');
  const found: { at: number; src: string }[] = [];
  for (const match of text.matchAll(MARKDOWN_IMAGE)) {
    if (blank(match[1])) found.push({ at: match.index, src: match[2] ?? match[3] ?? '' });
  }
  for (const match of text.matchAll(HTML_IMAGE)) {
    const alt = ALT_ATTRIBUTE.exec(match[0]);
    const src = SRC_ATTRIBUTE.exec(match[0]);
    if (!alt || blank(alt[1] ?? alt[2] ?? alt[3]))
      found.push({ at: match.index, src: src?.[1] ?? src?.[2] ?? src?.[3] ?? '' });
  }
  return found.sort((a, b) => a.at - b.at).map((image) => image.src);
}

/** Refuses to save a body with an image that has no description, naming the image. */
export function refuseImagesWithoutAlt({ entry }: EventData): void {
  const body = value(entry, ['body']);
  if (typeof body !== 'string') return;
  const [first] = imagesWithoutAlt(body);
  if (first !== undefined) throw refusal(s('cms.rule.imageAlt', { src: first || s('cms.rule.imageAlt.noSrc') }));
}
