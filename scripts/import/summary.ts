import { formatDate } from '../../src/lib/dates.ts';
import { parseCalendarDate } from '../../src/lib/calendar-date.ts';
import { UNKNOWN_ISSUER } from './types.ts';

/** The schema's limit for a summary. */
export const SUMMARY_MAX = 300;

export interface SummaryFacts {
  title: string;
  issuer: string;
  /** YYYY-MM-DD, when known. */
  date?: string;
  /** What happened on that date: 通过, 公布, 发布... */
  verb: string;
  articles: number;
  /** The first article (or, without articles, the first paragraph), as Markdown. */
  opening?: string;
}

/** Markdown to plain text, enough for a summary: escapes, emphasis, links; a tab (a body may hold one) is a space. */
const plain = (markdown: string) =>
  markdown
    .split('\n')[0]!
    .replace(/\t/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_[\]<>~|&#+=.()-])/g, '$1')
    .replace(/\*\*|__/g, '')
    .trim();

/** Cuts text to at most `max` characters, at the last clause boundary when there is one. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 2);
  const boundary = Math.max(...['。', '；', '，', '、', '：'].map((mark) => room.lastIndexOf(mark)));
  // A boundary in the first third would leave too little; cut mid-clause instead.
  const cut = boundary > room.length / 3 ? room.slice(0, boundary) : room;
  return `${cut}……`;
}

/**
 * 《中华人民共和国劳动合同法》，全国人民代表大会常务委员会2007年6月29日通过，共98条。第一条 为了……
 * Inner 《》 become 〈〉 as Chinese typography nests them.
 */
export function generateSummary(facts: SummaryFacts): string {
  const title = facts.title.replace(/《/g, '〈').replace(/》/g, '〉');
  const date = facts.date ? parseCalendarDate(facts.date) : undefined;
  const when = date ? formatDate(date) : (facts.date ?? '');
  const count = facts.articles > 0 ? `，共${facts.articles}条` : '';
  // An unknown issuer (未注明) or date is left out rather than written into the sentence.
  const issuer = facts.issuer === UNKNOWN_ISSUER ? '' : facts.issuer;
  const source = issuer || when ? `，${issuer}${when}${facts.verb}` : '';
  const head = `《${title}》${source}${count}。`;
  const opening = facts.opening ? plain(facts.opening) : '';
  const room = SUMMARY_MAX - head.length;
  // Fewer than 20 characters of an article say nothing.
  if (opening === '' || room < 20) return truncate(head, SUMMARY_MAX);
  return head + truncate(opening, room);
}
