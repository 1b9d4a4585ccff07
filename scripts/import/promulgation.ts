// Rules and local regulations are often saved with the order that promulgated them on top:
//
//   北京市人民政府令                        (or 广东省人民代表大会常务委员会公告)
//   第290号
//   《北京市示例管理办法》已经2019年12月3日市人民政府第57次常务会议审议通过，现予公布，
//   自2020年3月1日起施行。
//   市长 陈吉宁
//   2019年12月20日
//   北京市示例管理办法
//   第一条 ……
//
// The order says who issued the text, when it passed, when it was published and when it takes
// effect. It is read into history lines in the form the rest of the importer reads
// (2019年12月20日 北京市人民政府令第290号公布), and the title is the line after it.
import { ANY_DATE_SOURCE, ORDER_HEADER, PLACE, readLeadingDate } from './history.ts';

export interface Promulgation {
  /** History lines made from the order, oldest first. */
  info: string[];
  /** The document the order names: 《北京市示例管理办法》. */
  title?: string;
  /** How many lines the order takes, from the first. */
  length: number;
}

const NUMBER_LINE = /^[（(]?第[\s\u3000]*([0-9〇一二三四五六七八九十百千]+)[\s\u3000]*号[）)]?$/;
const PROMULGATES = /现予(?:公布|发布|印发|施行)|予以公布|公布施行/;
const DATE = new RegExp(ANY_DATE_SOURCE);
const cn = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
// 广州市人民政府第57次常务会议 → 广州市人民政府; 广东省第十三届人民代表大会常务委员会第十次会议 → 广东省人民代表大会常务委员会.
const ISSUING_BODY =
  /^((?:[\u4e00-\u9fa5]{2,30}?)(?:人民政府|人民代表大会常务委员会|部|委员会|总局|局|总署|署|银行))(?=第|部务|局务|署务|委务|常务|主任)/;
const compact = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * The meeting that passed the document, as the order names it: 市人民政府第57次常务会议 gets
 * its place back from the heading (北京市人民政府令) or, without one, from the title (北京市……).
 */
function meetingOf(sentence: string, header: string | undefined, title: string | undefined): string | undefined {
  const passed = /(?:已经|已由|经)(.{2,80}?)通过/.exec(sentence)?.[1];
  if (!passed) return undefined;
  const meeting = passed.replace(DATE, '').replace(/(?:于|审议)$/, '');
  const short = /^(省|自治区|市|自治州|县|区)(人民政府|人民代表大会)/.exec(meeting);
  if (!short) return meeting;
  const place =
    (header && new RegExp(`^(${PLACE})${short[2]}`).exec(header)?.[1]) ??
    (title ? new RegExp(`^(${PLACE})`).exec(title)?.[1] : undefined);
  return place && place.endsWith(short[1]!) ? `${place}${meeting.slice(short[1]!.length)}` : meeting;
}

/**
 * Reads a promulgation order or announcement at the start of a text's lines (already trimmed,
 * blank lines dropped): a heading (北京市人民政府令, …公告) and/or a number (第290号), a sentence
 * with 现予公布, then signatures and a date. Undefined when the lines do not start with one.
 */
export function readPromulgation(lines: readonly string[]): Promulgation | undefined {
  let index = 0;
  const header = ORDER_HEADER.exec(compact(lines[0] ?? ''));
  let number = header?.[3];
  if (header) index += 1;
  const numberLine = NUMBER_LINE.exec(compact(lines[index] ?? ''));
  if (numberLine) {
    number ??= numberLine[1];
    index += 1;
  }
  if (!header && !numberLine) return undefined;

  // The sentence, possibly wrapped over a few lines.
  let sentence = '';
  while (index < lines.length && index < 8 && !PROMULGATES.test(sentence)) sentence += lines[index++];
  if (!PROMULGATES.test(sentence)) return undefined;
  const title = /《([^》]+)》/.exec(sentence)?.[1];

  // Signatures (市长 陈吉宁, the body's name) down to a date on a line of its own; without such
  // a date the lines that follow are the title and the text, and stay.
  let published: string | undefined;
  for (let n = index; n < Math.min(lines.length, index + 4); n += 1) {
    const line = lines[n]!;
    const dated = readLeadingDate(line);
    if (dated && dated.rest === '') {
      published = dated.date;
      index = n + 1;
      break;
    }
    if ((title && compact(line) === compact(title)) || line.length > 30 || /[。；，：]/.test(line)) break;
  }

  const passedDate = readLeadingDate(DATE.exec(sentence)?.[0] ?? '')?.date;
  const meeting = meetingOf(sentence, header?.[1], title);
  // Without a heading, the body whose meeting passed it issued the order: a government or a
  // ministry by 令, a congress's standing committee by 公告.
  const issuer =
    header?.[1] ??
    (meeting ? ISSUING_BODY.exec(meeting)?.[1]?.replace(/第[〇零一二三四五六七八九十百\d]+届/, '') : undefined);
  const kind = header?.[2] ?? (issuer?.includes('人民代表大会') ? '公告' : '令');
  const effectiveText = /自(.{2,16}?日)起施行/.exec(sentence)?.[1];
  const effective = /公布之日|发布之日/.test(effectiveText ?? '')
    ? (published ?? passedDate)
    : readLeadingDate(effectiveText ?? '')?.date;

  const info: string[] = [];
  if (passedDate && meeting) info.push(`${cn(passedDate)} ${meeting}通过`);
  const publishedOn = published ?? passedDate;
  if (publishedOn && issuer) info.push(`${cn(publishedOn)} ${issuer}${kind}${number ? `第${number}号` : ''}公布`);
  if (effective) info.push(`${cn(effective)} 施行`);
  return title ? { info, title, length: index } : { info, length: index };
}
