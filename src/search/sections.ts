// The articles and headed sections of a result, and those that answer a query.

/** An element with an id on a result's page, as Pagefind gives it (its `anchors`). */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface ArticleHit {
  id: string;
  /** The article's number (第十九条) or the heading's text. */
  title: string;
  /** The article's or the section's text, for the excerpt. */
  text: string;
}

export interface Section extends ArticleHit {
  location: number;
}

const ARTICLE_ID = /^art-\d+(?:-\d+)?$/;

/**
 * The articles and headed sections of a result, each with its text: the words from its anchor
 * up to the next anchor. Pagefind gives every element with an id as an anchor, with that
 * element's own text (an article's number, a heading) and its word position; `content` is the
 * page's text with words split by zero-width spaces, as Pagefind stores it (raw_content).
 */
export function anchorSections(anchors: readonly Anchor[], content: string): Section[] {
  const words = content.split('\u200b');
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const sections: Section[] = [];
  sorted.forEach((anchor, i) => {
    const isArticle = ARTICLE_ID.test(anchor.id);
    if (!isArticle && !/^h[2-6]$/i.test(anchor.element)) return;
    const end = sorted.slice(i + 1).find((next) => next.location > anchor.location)?.location ?? words.length;
    const text = words
      .slice(anchor.location, end)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\s+/g, ' ')
      .trim();
    const title = anchor.text.trim() || (isArticle ? (/^第\S+?条(?:之\S)?/.exec(text)?.[0] ?? '') : '');
    sections.push({ id: anchor.id, title, text: text || title, location: anchor.location });
  });
  return sections;
}

// Where a sentence (or a clause of a list: 年休假5天；……年休假10天；) ends.
const SENTENCE_END = /[。；！？]/;

/**
 * The articles (or sections) that answer a query, at most `limit`. Pagefind makes sub-results
 * from headings only; legal texts need the article. Sections whose text holds the most query
 * terms come first; among equals, an article that opens a chapter (or section) whose heading
 * holds a term (工伤 → 第三章 工伤认定 → 第十四条), then the one whose sentences hold the terms
 * most (each sentence counting the terms it holds: 第三条 of 职工带薪年休假条例 gives 年休假 in
 * four sentences, where 第七条 repeats it five times in three), then the one holding them most
 * often, then document order; a heading itself after the articles. Without any such section, each
 * matched word location is given to the last section starting at or before it.
 */
export function anchoredHits(
  sections: readonly Section[],
  locations: readonly number[],
  limit = 3,
  terms: readonly string[] = [],
): ArticleHit[] {
  const hit = ({ id, title, text }: Section): ArticleHit => ({ id, title, text });
  const wanted = terms.filter((t) => t.length > 0);
  if (wanted.length > 0) {
    const holds = (text: string) => wanted.filter((t) => text.includes(t)).length;
    const scored = sections
      .map((section, i) => {
        const article = ARTICLE_ID.test(section.id);
        const before = sections[i - 1];
        return {
          section,
          score: holds(section.text),
          heading: !article,
          opens: article && before !== undefined && !ARTICLE_ID.test(before.id) && holds(before.text) > 0,
          sentences: section.text
            .split(SENTENCE_END)
            .reduce((n, sentence) => n + wanted.filter((t) => sentence.includes(t)).length, 0),
          times: wanted.reduce((n, t) => n + section.text.split(t).length - 1, 0),
        };
      })
      .filter((entry) => entry.score > 0);
    if (scored.length > 0) {
      const best = Math.max(...scored.map((e) => e.score));
      return scored
        .filter((e) => e.score === best || e.score >= wanted.length / 2)
        .sort(
          (a, b) =>
            b.score - a.score ||
            Number(a.heading) - Number(b.heading) ||
            Number(b.opens) - Number(a.opens) ||
            b.sentences - a.sentences ||
            b.times - a.times ||
            a.section.location - b.section.location,
        )
        .slice(0, limit)
        .map((e) => hit(e.section));
    }
  }
  const hits: ArticleHit[] = [];
  const seen = new Set<string>();
  for (const location of [...locations].sort((a, b) => a - b)) {
    let owner: Section | undefined;
    for (const section of sections) {
      if (section.location > location) break;
      owner = section;
    }
    if (!owner || seen.has(owner.id)) continue;
    seen.add(owner.id);
    hits.push(hit(owner));
    if (hits.length >= limit) break;
  }
  return hits;
}
