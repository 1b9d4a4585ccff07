/**
 * Generated legal documents for the scale benchmark (`npm run bench:scale`): files in the law
 * corpus's own layout (# title, history lines, <!-- INFO END -->, 编/章/节 headings, 第N条
 * articles), which scripts/import.ts then turns into policies exactly as it does the corpus.
 *
 * The text is a word-level bigram chain learnt from the corpus at run time, so that sentences use
 * the corpus's vocabulary with its frequencies (a search index grows with them as with real
 * text); each document also names its own place and bodies, the way local regulations do, so the
 * vocabulary keeps growing with the number of documents. Sizes and structure (articles per
 * document, paragraphs per article) are drawn from the corpus's own distributions. Everything
 * is seeded: document i is the same in every run and at every target size.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ARTICLE_START } from '../../src/lib/articles.ts';
import { toChineseNumber } from '../../src/search/numerals.ts';

/** A small, fast seeded generator (mulberry32): the same seed gives the same documents. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** What the generator learns from the corpus: its words in order, and its documents' shapes. */
export interface CorpusModel {
  words: string[];
  /** Word ids of the corpus's article text in reading order; -1 ends a paragraph. */
  sequence: Int32Array;
  /** Where each word occurs in `sequence` (CSR: positions of word w are at[offsets[w]..offsets[w+1]]). */
  offsets: Int32Array;
  at: Int32Array;
  /** Positions in `sequence` where a sentence starts. */
  starts: Int32Array;
  /** Articles per corpus document, and paragraphs per article: sampled for each generated one. */
  articleCounts: number[];
  paragraphCounts: number[];
  /** Subjects of the corpus's titles (劳动合同, 艾滋病防治), and its chapter names (总则, 法律责任). */
  subjects: string[];
  chapterNames: string[];
  /** Mean characters of article text per article in the corpus, to compare the generated text with. */
  charsPerArticle: number;
  /** The corpus's document titles: generated titles differ from all of them. */
  titles: string[];
}

const TITLE_KINDS =
  /(实施条例|实施细则|实施办法|管理办法|若干规定|暂行条例|暂行办法|暂行规定|条例|办法|规定|细则|决定|法)$/;

export function listCorpusFiles(corpus: string): string[] {
  return readdirSync(corpus, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !f.endsWith('_index.md'))
    .sort();
}

/** Reads the corpus (never copied anywhere: only word statistics and shapes are kept). */
export function learnCorpus(corpus: string): CorpusModel {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const ids = new Map<string, number>();
  const words: string[] = [];
  const sequence: number[] = [];
  const starts: number[] = [];
  const articleCounts: number[] = [];
  const paragraphCounts: number[] = [];
  const subjects = new Set<string>();
  const titles: string[] = [];
  const chapterNames = new Set<string>();
  let articleChars = 0;
  let articleTotal = 0;
  const id = (word: string) => {
    let found = ids.get(word);
    if (found === undefined) {
      found = words.length;
      ids.set(word, found);
      words.push(word);
    }
    return found;
  };
  for (const file of listCorpusFiles(corpus)) {
    const text = readFileSync(join(corpus, file), 'utf8');
    const title = /^# (.+)$/m.exec(text)?.[1]?.trim() ?? '';
    titles.push(title);
    const subject = title
      .replace(/^中华人民共和国/, '')
      .replace(/[（(].*[）)]$/, '')
      .replace(TITLE_KINDS, '');
    if (subject.length >= 2 && subject.length <= 12 && !/[《》〈〉“”]/.test(subject)) subjects.add(subject);
    const marker = text.indexOf('<!-- INFO END -->');
    const body = marker >= 0 ? text.slice(marker + '<!-- INFO END -->'.length) : text;
    let articles = 0;
    let paragraphs = 0;
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const heading = /^#+\s*第\S+章\s+(.+)$/.exec(line);
      if (heading) chapterNames.add(heading[1]!.trim());
      if (line.startsWith('#')) continue;
      const article = ARTICLE_START.exec(line);
      if (article) {
        if (articles > 0) paragraphCounts.push(paragraphs);
        articles += 1;
        paragraphs = 0;
      }
      if (articles === 0) continue;
      paragraphs += 1;
      const sentence = article ? line.slice(article[0].length).trim() : line;
      articleChars += sentence.length;
      starts.push(sequence.length);
      let previous = '';
      for (const { segment } of segmenter.segment(sentence)) {
        if (/^\s+$/.test(segment)) continue;
        if (previous === '。') starts.push(sequence.length);
        sequence.push(id(segment));
        previous = segment;
      }
      sequence.push(-1);
    }
    if (articles > 0) {
      paragraphCounts.push(paragraphs);
      articleCounts.push(articles);
      articleTotal += articles;
    }
  }
  // Positions of each word, for the chain's next step: a random occurrence, then the word after it.
  const counts = new Int32Array(words.length + 1);
  for (const w of sequence) if (w >= 0) counts[w + 1]! += 1;
  for (let w = 0; w < words.length; w++) counts[w + 1]! += counts[w]!;
  const offsets = Int32Array.from(counts);
  const fill = Int32Array.from(counts);
  const at = new Int32Array(counts[words.length]!);
  sequence.forEach((w, position) => {
    if (w >= 0) at[fill[w]!++] = position;
  });
  return {
    words,
    sequence: Int32Array.from(sequence),
    offsets,
    at,
    starts: Int32Array.from(starts),
    articleCounts,
    paragraphCounts,
    subjects: [...subjects].sort(),
    chapterNames: [...chapterNames].filter((n) => n.length <= 16).sort(),
    charsPerArticle: articleChars / Math.max(1, articleTotal),
    titles,
  };
}

/** One sentence from the chain: from a sentence start, each next word follows one the corpus has. */
function sentence(model: CorpusModel, random: () => number): string {
  // Not from a word that would open an article or an item (第二十七条…, （一）…) on its own line.
  let position = model.starts[Math.floor(random() * model.starts.length)]!;
  while (/^[第（(\d一二三四五六七八九十]/.test(model.words[model.sequence[position]!] ?? '第'))
    position = model.starts[Math.floor(random() * model.starts.length)]!;
  let out = '';
  for (let n = 0; n < 90; n++) {
    const word = model.sequence[position]!;
    if (word < 0) break;
    const text = model.words[word]!;
    out += text;
    if (text === '。' && n >= 6) return out;
    const from = model.offsets[word]!;
    const count = model.offsets[word + 1]! - from;
    position = model.at[from + Math.floor(random() * count)]! + 1;
  }
  const trimmed = out.replace(/[，、；：（“《]+$/, '');
  return trimmed.endsWith('。') ? trimmed : `${trimmed}。`;
}

// Place names are made of characters place names use: new words for the index, as a nation's
// local regulations bring.
const PLACE_CHARS =
  '安宁清源平江阳河山东西南北新华兴泰和丰永昌长德明庆宝福云海湖城阴川州宜嘉林桂顺龙凤鹤岳汉临沂武定远通化济义乐' +
  '沙溪浦潭松柏梅竹石峰岭坪田泉水汾渭淮泗湘沅澧赣闽粤滇黔蜀秦晋冀豫鲁苏浙皖吉辽黑蒙宁青藏疆琼渝津沪京';
const PLACE_LEVELS = ['省', '市', '市', '县', '县', '区', '自治州', '自治县'] as const;
const LOCAL_BODIES = [
  '人民政府',
  '发展和改革委员会',
  '公安局',
  '民政局',
  '司法局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '农业农村局',
  '商务局',
  '卫生健康委员会',
  '应急管理局',
  '市场监督管理局',
  '医疗保障局',
  '退役军人事务局',
];
const DEPARTMENTS = [
  '人力资源社会保障部',
  '公安部',
  '民政部',
  '司法部',
  '财政部',
  '自然资源部',
  '生态环境部',
  '交通运输部',
  '农业农村部',
  '商务部',
  '国家卫生健康委员会',
  '应急管理部',
  '市场监督管理总局',
  '国家医疗保障局',
];
const LOCAL_KINDS = ['条例', '条例', '办法', '实施办法', '规定', '若干规定', '管理办法', '实施细则'];
const TERMS = ['十', '十一', '十二', '十三', '十四'];

type Folder = '地方性法规' | '地方政府规章' | '部门规章' | '司法解释' | '行政法规';

/** A generated document: where it goes under the generated folder, and its text. */
export interface GeneratedDocument {
  path: string;
  text: string;
  articles: number;
  articleChars: number;
}

function date(random: () => number): { y: number; m: number; d: number; text: string; iso: string } {
  const y = 1995 + Math.floor(random() * 31);
  const m = 1 + Math.floor(random() * 12);
  const d = 1 + Math.floor(random() * 28);
  return {
    y,
    m,
    d,
    text: `${y}年${m}月${d}日`,
    iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  };
}

/**
 * Document `index` of the generated set: the same for a given model, seed and index, whatever
 * the size asked for. `titles` holds the titles taken so far (the corpus's and the generated
 * ones), so that every title is distinct.
 */
export function generateDocument(
  model: CorpusModel,
  seed: number,
  index: number,
  titles: Set<string>,
): GeneratedDocument {
  const random = seeded(seed * 1_000_003 + index);
  const roll = random();
  const folder: Folder =
    roll < 0.4
      ? '地方性法规'
      : roll < 0.7
        ? '地方政府规章'
        : roll < 0.85
          ? '部门规章'
          : roll < 0.95
            ? '司法解释'
            : '行政法规';
  const level = pick(random, PLACE_LEVELS);
  const placeName = pick(random, [...PLACE_CHARS]) + pick(random, [...PLACE_CHARS]);
  const place = `${placeName}${folder === '地方性法规' && level === '区' ? '市' : level}`;
  const department = pick(random, DEPARTMENTS);
  const issued = date(random);
  const kind = folder === '行政法规' ? '条例' : pick(random, LOCAL_KINDS);
  let title = '';
  for (let attempt = 0; attempt < 50 && (title === '' || titles.has(title)); attempt++) {
    const subject = pick(random, model.subjects);
    title =
      folder === '司法解释'
        ? `最高人民法院关于审理${subject}纠纷案件适用法律若干问题的解释${attempt > 5 ? `（${toChineseNumber(attempt - 4)}）` : ''}`
        : folder === '行政法规' || folder === '部门规章'
          ? `${subject}${folder === '部门规章' ? pick(random, ['管理办法', '实施办法', '规定', '暂行办法']) : kind}${attempt > 5 ? `（${issued.y}年修订）` : ''}`
          : `${place}${subject}${kind}`;
  }
  if (titles.has(title)) title = `${title}（第${toChineseNumber(index + 1)}号）`;
  titles.add(title);

  const number = 1 + Math.floor(random() * 300);
  const history =
    folder === '地方性法规'
      ? `${issued.text} ${place}第${pick(random, TERMS)}届人民代表大会常务委员会第${toChineseNumber(1 + Math.floor(random() * 40))}次会议通过`
      : folder === '地方政府规章'
        ? `${issued.text} ${place}人民政府令第${number}号公布`
        : folder === '部门规章'
          ? `${issued.text} ${department}令第${number}号公布`
          : folder === '司法解释'
            ? `${issued.text} 最高人民法院审判委员会第${1000 + number}次会议通过 法释〔${issued.y}〕${1 + (number % 30)}号`
            : `${issued.text} 中华人民共和国国务院令第${number}号公布`;

  const articles = Math.max(3, pick(random, model.articleCounts));
  const law = `《${pick(random, model.subjects)}法》`;
  const unit = kind.replace(/^(实施|管理|若干)/, '');
  const lines: string[] = [];
  let chars = 0;
  const article = (n: number) => {
    const paragraphs = Math.max(1, pick(random, model.paragraphCounts));
    const label = `第${toChineseNumber(n)}条`;
    let first: string;
    if (n === 1)
      first = `为了${sentence(model, random).replace(/。$/, '')}，根据${law}等法律、法规，结合本${level === '自治州' || level === '自治县' ? '地' : level}实际，制定本${unit}。`;
    else if (n === articles) first = `本${unit}自${date(random).text}起施行。`;
    else {
      const body = random() < 0.15 ? `${folder.startsWith('地方') ? place : ''}${pick(random, LOCAL_BODIES)}` : '';
      first = body + sentence(model, random) + (random() < 0.25 ? sentence(model, random) : '');
    }
    lines.push(`${label} ${first}`);
    chars += first.length;
    // Later paragraphs: items （一）…； when an article lists, else plain paragraphs.
    const items = paragraphs > 2 && random() < 0.5;
    for (let p = 1; p < paragraphs && n !== articles; p++) {
      const text = items
        ? `（${toChineseNumber(p)}）${sentence(model, random).replace(/。$/, p === paragraphs - 1 ? '。' : '；')}`
        : sentence(model, random) + (random() < 0.2 ? sentence(model, random) : '');
      lines.push(text);
      chars += text.length;
    }
  };

  // Structure by length, as legislation is drafted: short texts are bare articles; longer ones
  // have chapters (总则 first, 附则 last), some chapters sections, and the longest 编.
  const chapterCount =
    articles < 20
      ? random() < 0.3 && articles >= 8
        ? 3
        : 0
      : Math.min(40, Math.max(3, Math.round(articles / (7 + random() * 6))));
  const partCount = articles >= 200 && chapterCount >= 8 ? 3 + Math.floor(random() * 4) : 0;
  let next = 1;
  if (chapterCount === 0) {
    while (next <= articles) article(next++);
  } else {
    const middle = model.chapterNames.filter((n) => n !== '总则' && n !== '附则');
    for (let c = 1; c <= chapterCount; c++) {
      if (partCount > 0 && (c - 1) % Math.ceil(chapterCount / partCount) === 0) {
        const part = Math.floor((c - 1) / Math.ceil(chapterCount / partCount)) + 1;
        lines.push(`## 第${toChineseNumber(part)}编 ${part === 1 ? '总则' : pick(random, middle)}`);
      }
      const name = c === 1 ? '总则' : c === chapterCount ? '附则' : pick(random, middle);
      lines.push(`${partCount > 0 ? '###' : '##'} 第${toChineseNumber(c)}章 ${name}`);
      const end =
        c === chapterCount
          ? articles
          : Math.min(
              articles - (chapterCount - c),
              next + Math.max(1, Math.round((articles - next + 1) / (chapterCount - c + 1))) - 1,
            );
      const sections = end - next >= 12 && random() < 0.4 ? 2 + Math.floor(random() * 3) : 0;
      const perSection = Math.ceil((end - next + 1) / Math.max(1, sections));
      for (let s = 0; next <= end; s++) {
        if (sections > 0 && (s === 0 || (s % perSection === 0 && s / perSection < sections)))
          lines.push(
            `${partCount > 0 ? '####' : '###'} 第${toChineseNumber(Math.floor(s / perSection) + 1)}节 ${pick(random, middle)}`,
          );
        article(next++);
      }
    }
  }
  const text = [`# ${title}`, history, '<!-- INFO END -->', ...lines].join('\n\n');
  const sub = folder === '部门规章' ? `${folder}/${department}` : folder;
  // Titles may hold characters a file name should not (/); the importer reads the title from the text.
  const file = `${title.replace(/[/\\]/g, '・')}(${issued.iso}).md`;
  return { path: `${sub}/${file}`, text: `${text}\n`, articles, articleChars: chars };
}

/**
 * Writes generated documents `from`..`to`-1 into `outDir` in the corpus layout. `titles` must
 * already hold the corpus's titles and those of documents 0..from-1 (generate in order).
 */
export function writeGenerated(
  model: CorpusModel,
  seed: number,
  from: number,
  to: number,
  titles: Set<string>,
  outDir: string,
): { articles: number; articleChars: number } {
  let articles = 0;
  let articleChars = 0;
  for (let i = from; i < to; i++) {
    const doc = generateDocument(model, seed, i, titles);
    const path = join(outDir, doc.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, doc.text);
    articles += doc.articles;
    articleChars += doc.articleChars;
  }
  return { articles, articleChars };
}
