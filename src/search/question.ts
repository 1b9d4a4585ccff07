// Questions as members type them (试用期最长多久, 工资被拖欠了怎么办): searched by their content words.
import { segmentQuery } from './segment';

/** Words that carry no meaning in a question: 试用期最长多久 keeps 试用期 and 最长. */
const QUESTION_WORDS = new Set(
  '吗 呢 吧 啊 呀 嘛 的 了 是 有 在 和 与 或 及 到 被 把 让 给 对 我 我们 你 他 她 怎么 怎样 如何 什么 怎么办 怎么样 有什么 什么样 多久 多少 多长 多长时间 几 几个 几天 几年 几次 几个月 几小时 几个小时 多少天 多少年 多少钱 多少次 多大 哪些 哪里 哪儿 哪个 谁 为什么 是否 能否 能不能 会不会 可不可以 有没有 是不是 要不要 可以 能 会 要 该 应该 需要 请问 一下 出了 才 才能 能够 我吗'.split(
    ' ',
  ),
);

// Question phrases removed before segmenting: a segmenter may split 怎么办 into 怎么 + 办.
const QUESTION_PHRASES = [
  '怎么办',
  '怎么样',
  // 加班费怎么算 asks for the rule on 加班费, which the law states (劳动法 第四十四条: 支付不低于
  // 工资的百分之一百五十的工资报酬) with no word for 算: kept, 算 put pages holding it first.
  '怎么算',
  '怎样算',
  '为什么',
  '有什么',
  '是什么',
  '什么样',
  '多长时间',
  '什么时候',
  '能不能',
  '会不会',
  '可不可以',
  '有没有',
  '是不是',
  '要不要',
  '多少天',
  '多少年',
  '多少钱',
  '几个月',
  '几个小时',
  '怎么',
  '吗',
  '呢',
];

/** The words of a question that can be searched for: question words and particles removed. */
export function contentWords(words: string[]): string[] {
  return words.filter((word) => !QUESTION_WORDS.has(word));
}

/** A question split into the words to search for and the words left out (试用期最长多久 → 多久). */
export function splitQuestion(query: string, keep: readonly string[] = []): { words: string[]; dropped: string[] } {
  const dropped: string[] = [];
  let rest = query;
  for (const phrase of QUESTION_PHRASES) {
    if (rest.includes(phrase)) {
      dropped.push(phrase);
      rest = rest.split(phrase).join(' ');
    }
  }
  const segmented = segmentQuery(rest.replace(/\s+/g, ' ').trim(), keep);
  const words = contentWords(segmented);
  dropped.push(...segmented.filter((word) => !words.includes(word)));
  return { words: words.length > 0 ? words : segmented, dropped: words.length > 0 ? dropped : [] };
}

/**
 * The words a query is searched by; a question (试用期最长多久) by its content words, and a query
 * of question words only (怎么) as it is. The words in `keep` (everyday words) stay whole.
 */
export function queryWords(query: string, keep: readonly string[] = []): { words: string[]; dropped: string[] } {
  const question = splitQuestion(query, keep);
  return question.words.length > 0 ? question : { words: [query], dropped: [] };
}
