// The history block of a legal text: lines such as
//   2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过
//   2016年1月1日 施行
// or, in plain text, （2007年6月29日第十届……通过 根据2012年12月28日……修正）.
import { parseCalendarDate } from '../../src/lib/calendar-date.ts';
import { parseChineseNumber } from '../../src/lib/articles.ts';

/** One dated event: the date as YYYY-MM-DD and the words after it (continuation lines joined). */
export interface HistoryEntry {
  date: string;
  text: string;
}

// Years are written digit by digit (一九九五), unlike months and days (二十六).
const YEAR_DIGITS = '〇一二三四五六七八九';
const yearDigit = (c: string) => (c === '零' ? '0' : YEAR_DIGITS.includes(c) ? String(YEAR_DIGITS.indexOf(c)) : c);
const CN = '〇零一二三四五六七八九十';
const DATE_AT_START = new RegExp(
  `^(?:根据\\s*)?(\\d{4}|[${CN}]{4})\\s*年\\s*(\\d{1,2}|[${CN}]{1,3})\\s*月\\s*(\\d{1,2}|[${CN}]{1,3})\\s*日`,
);
const ANY_DATE = new RegExp(DATE_AT_START.source.replace('^(?:根据\\s*)?', ''), 'g');
/** A date anywhere in a text (2019年3月28日, 二〇一九年三月二十八日), as a pattern source. */
export const ANY_DATE_SOURCE = ANY_DATE.source;
const ISO_AT_START = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/;

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD, or undefined when the parts do not make a date that exists. */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return parseCalendarDate(iso) ? iso : undefined;
}

/**
 * Reads a date at the start of a history line: 2007年6月29日, 一九九五年三月二十六日 or 2022-03-15,
 * optionally after 根据. Returns the ISO date and the rest of the line.
 */
export function readLeadingDate(line: string): { date: string; rest: string } | undefined {
  const cn = DATE_AT_START.exec(line);
  if (cn) {
    const year = Number([...cn[1]!].map(yearDigit).join(''));
    const month = parseChineseNumber(cn[2]!);
    const day = parseChineseNumber(cn[3]!);
    const date = month === undefined || day === undefined ? undefined : isoFromParts(year, month, day);
    return date ? { date, rest: line.slice(cn[0].length).trim() } : undefined;
  }
  const iso = ISO_AT_START.exec(line);
  if (iso) {
    const date = isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date, rest: line.slice(iso[0].length).trim() } : undefined;
  }
  return undefined;
}

/** A plain-text history line is often wrapped in parentheses: （2007年6月29日……通过）. */
const unwrap = (line: string) => line.replace(/^[（(]\s*/, '').replace(/\s*[）)]$/, '');

/**
 * Groups the metadata lines into dated entries. A line without a date continues the entry
 * before it (wrapped titles, 文化部 / 海关总署发布); lines before the first date are ignored here.
 * One parenthesised line may hold several events joined by 根据.
 */
export function readHistory(lines: readonly string[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const line of lines) {
    for (const segment of unwrap(line.trim()).split(
      /[\s\u3000]*(?=根据\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年)/,
    )) {
      if (segment === '') continue;
      const dated = readLeadingDate(segment);
      if (dated) entries.push({ date: dated.date, text: dated.rest });
      else if (entries.length > 0) entries.at(-1)!.text += ` ${segment}`;
    }
  }
  return entries;
}

/** Whether a line looks like part of a history block (a dated event or a bare 施行 note). */
export function isHistoryLine(line: string): boolean {
  return readLeadingDate(unwrap(line.trim())) !== undefined;
}

// Titles quoted in an event (《国务院关于修改和废止部分行政法规的决定》) are not the event itself.
const withoutQuotedTitles = (text: string) => text.replace(/《[^》]*》/g, '');

/** True when an event repeals the document (废止, 失效), but not for 《关于修改和废止……的决定》. */
export const isRepeal = (entry: HistoryEntry) => /废止|失效/.test(withoutQuotedTitles(entry.text));

/** The date the document takes effect: the last event ending in 施行 (or 执行), if any. */
export function effectiveFromHistory(entries: readonly HistoryEntry[]): string | undefined {
  const effective = entries.filter((e) => /(?:施行|执行)[）)]?$/.test(withoutQuotedTitles(e.text).trim()));
  return effective.at(-1)?.date;
}

/** The verb for the summary: what happened on the first date (通过, 公布, 发布, 批准...). */
export function firstEventVerb(entries: readonly HistoryEntry[]): string | undefined {
  const text = entries[0] ? withoutQuotedTitles(entries[0].text) : '';
  const verbs = [...text.matchAll(/通过|公布|发布|批准|印发|修订|修正/g)];
  return verbs.at(-1)?.[0];
}

const ISSUERS: { pattern: RegExp; issuer: string }[] = [
  { pattern: /全国人民代表大会常务委员会/, issuer: '全国人民代表大会常务委员会' },
  { pattern: /全国人民代表大会/, issuer: '全国人民代表大会' },
  { pattern: /国务院[、\s]*(?:中华人民共和国)?中央军(?:事委员会|委)/, issuer: '国务院、中央军事委员会' },
  { pattern: /中共中央[、\s]*国务院/, issuer: '中共中央、国务院' },
  { pattern: /最高人民法院.*最高人民检察院/, issuer: '最高人民法院、最高人民检察院' },
  { pattern: /最高人民法院/, issuer: '最高人民法院' },
  { pattern: /最高人民检察院/, issuer: '最高人民检察院' },
  { pattern: /国务院/, issuer: '国务院' },
  { pattern: /政务院/, issuer: '政务院' },
];

// A ministry or bureau named before its order or meeting: 国家市场监督管理总局令第20号公布,
// 经人力资源和社会保障部第N次部务会议通过, 食品药品监管局、海关总署第N号令公布.
const DEPARTMENT =
  /(?:^|[^\u4e00-\u9fa5、])(?:经|由)?(?:中华人民共和国)?([\u4e00-\u9fa5、]{2,30}?(?:部|委员会|总局|局|总署|署|办公室|银行))(?=令|第|部务|部长|局务|署务|室务|委务|\d{4}年|发布|公布|印发)/;

/**
 * A place that has a people's congress and a government: 广东省, 广州市, 内蒙古自治区, 延边朝鲜族
 * 自治州, 浦东新区. The shortest name that ends in a level, so that 广东省广州市 stops at 广东省;
 * 市场 (国家市场监督管理总局) is no 市, and a bare 州 is none (广州 is 广州市).
 */
export const PLACE = '[\\u4e00-\\u9fa5]{1,15}?(?:省|自治区|自治州|市(?!场)|地区|盟|自治县|县|旗|区)';
const SESSION = '(?:第[〇零一二三四五六七八九十百\\d]+届)?';
// 广东省第十三届人民代表大会常务委员会第十次会议通过 → 广东省人民代表大会常务委员会.
const LOCAL_CONGRESS = new RegExp(`(?:^|[^\\u4e00-\\u9fa5])(?:经|由)?(${PLACE})${SESSION}人民代表大会(常务委员会)?`);
// 北京市人民政府令第290号, 经广州市人民政府第N次常务会议通过 → 北京市人民政府, 广州市人民政府.
const LOCAL_GOVERNMENT = new RegExp(`(?:^|[^\\u4e00-\\u9fa5])(?:经|由)?(${PLACE}人民政府(?:办公厅)?)`);

/** The local people's congress (or its standing committee) or government a text names. */
export function localIssuerIn(text: string): string | undefined {
  const congress = LOCAL_CONGRESS.exec(text);
  const government = LOCAL_GOVERNMENT.exec(text);
  // Both named (a city's regulation approved by the province's congress): the first one.
  if (congress && (!government || congress.index <= government.index))
    return `${congress[1]}人民代表大会${congress[2] ?? ''}`;
  return government?.[1];
}

function issuerIn(text: string): string | undefined {
  const plain = withoutQuotedTitles(text);
  const known = ISSUERS.find((i) => i.pattern.test(plain));
  if (known) return known.issuer;
  return localIssuerIn(plain) ?? DEPARTMENT.exec(plain)?.[1]?.replace(/^(?:经|由)/, '');
}

const ORDER_ISSUER =
  '(?:人民政府|人民代表大会常务委员会|人民代表大会|国务院|中央军事委员会|部|委员会|总局|局|总署|署|银行)';
/**
 * The heading of a promulgation order or announcement: 北京市人民政府令, 广东省人民代表大会常务
 * 委员会公告, 中华人民共和国人力资源和社会保障部令, possibly with its number (第12号, （第12号）).
 */
export const ORDER_HEADER = new RegExp(
  `^((?:中华人民共和国)?[\\u4e00-\\u9fa5、]{1,40}?${ORDER_ISSUER})(令|公告)(?:[\\s\\u3000]*[（(]?[\\s\\u3000]*第[\\s\\u3000]*([0-9〇一二三四五六七八九十百千]+)[\\s\\u3000]*号[\\s\\u3000]*[）)]?)?$`,
);

/**
 * The issuing body named in the history, taken from the first event that names one; else from
 * an undated statement such as 最高人民法院发布 among the metadata lines (case collections).
 */
export function issuerFromHistory(entries: readonly HistoryEntry[], info: readonly string[] = []): string | undefined {
  for (const entry of entries) {
    const issuer = issuerIn(entry.text);
    if (issuer) return issuer;
  }
  for (const line of info) {
    // 最高人民法院发布 above a case collection; 北京市人民政府令 第290号 above a rule.
    if (!isHistoryLine(line) && (/(?:发布|公布|印发)$/.test(line.trim()) || ORDER_HEADER.test(line.trim()))) {
      const issuer = issuerIn(line.trim());
      if (issuer) return issuer;
    }
  }
  return undefined;
}

const NUMBER = '[0-9〇一二三四五六七八九十百千]+';
const DOC_NUMBERS = [
  // 中华人民共和国国务院令第531号, 国家市场监督管理总局令第20号, 北京市人民政府令 （第290号）
  new RegExp(`[\\u4e00-\\u9fa5、]{2,40}?令[\\s（(]*第\\s*${NUMBER}\\s*号`),
  // 法释〔2021〕11号, 劳社部发[2008]3号, 人薪发［1995］32号
  /[\u4e00-\u9fa5A-Za-z]{1,12}[〔［[]\s*\d{4}\s*[〕］\]]\s*第?\s*\d+\s*号/,
  // 食品药品监管局、海关总署第N号令
  new RegExp(`[\\u4e00-\\u9fa5、]{2,40}?第${NUMBER}号令`),
];

/** A document number (文号) carried by a metadata line, e.g. 国务院令第531号 or 法释〔2021〕11号. */
export function docNumberIn(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    // Dates go first: 2023年3月1日中华人民共和国国务院令… must not yield 日中华人民共和国….
    const text = withoutQuotedTitles(line).replace(ANY_DATE, ' ');
    for (const pattern of DOC_NUMBERS) {
      const found = pattern.exec(text)?.[0];
      if (found) return found.replace(/[\s（(]+/g, '');
    }
  }
  return undefined;
}

/** True when a whole line is just a document number (a body line under a repeated title). */
export const isDocNumberLine = (line: string) => {
  const found = docNumberIn([line]);
  return found !== undefined && found.length >= line.replace(/\s+/g, '').length - 2;
};
