import type { PolicyCategory } from '../../src/schemas/policies.ts';
import { PLACE } from './history.ts';

/** The corpus's folder names and the category each stands for. */
export const CATEGORY_BY_FOLDER: Readonly<Record<string, PolicyCategory>> = {
  宪法: 'constitution',
  宪法相关法: 'law',
  民法典: 'law',
  民法商法: 'law',
  行政法: 'law',
  经济法: 'law',
  社会法: 'law',
  刑法: 'law',
  诉讼与非诉讼程序法: 'law',
  行政法规: 'administrative-regulation',
  部门规章: 'department-rule',
  地方性法规: 'local-regulation',
  地方政府规章: 'local-government-rule',
  司法解释: 'judicial-interpretation',
  案例: 'case',
  其他: 'normative-document',
};

/** Default issuer of a category, when the history names none. */
export const ISSUER_BY_CATEGORY: Partial<Record<PolicyCategory, string>> = {
  constitution: '全国人民代表大会',
  law: '全国人民代表大会常务委员会',
  'administrative-regulation': '国务院',
};

export interface CategoryGuess {
  category: PolicyCategory;
  /** The department folder under 部门规章 (公安部), which is also the issuer. */
  department?: string;
  /** True when no folder named a category, or the folder was 其他. */
  fallback: boolean;
}

/**
 * The category of a file from the folders it sits in, innermost first, so that
 * 部门规章/公安部/x.md is a department rule; anything under 案例 is a case.
 */
export function categoryFromFolders(folders: readonly string[]): CategoryGuess {
  // A case note filed under the law it applies (案例/民法典/x.md) is a case, not that law.
  if (folders.includes('案例')) return { category: 'case', fallback: false };
  for (let i = folders.length - 1; i >= 0; i -= 1) {
    const category = CATEGORY_BY_FOLDER[folders[i]!];
    if (!category) continue;
    const department = category === 'department-rule' ? folders[i + 1] : undefined;
    const fallback = category === 'normative-document';
    return department ? { category, department, fallback } : { category, fallback };
  }
  return { category: 'normative-document', fallback: true };
}

/** The court or procuratorate a judicial interpretation's title names. */
export function judicialIssuer(title: string): string | undefined {
  const court = title.includes('最高人民法院');
  const procuratorate = title.includes('最高人民检察院');
  if (court && procuratorate) return '最高人民法院、最高人民检察院';
  if (court) return '最高人民法院';
  if (procuratorate) return '最高人民检察院';
  // 人民检察院刑事诉讼规则: only the supreme court and procuratorate interpret the law.
  if (title.includes('人民检察院')) return '最高人民检察院';
  if (title.includes('人民法院')) return '最高人民法院';
  return undefined;
}

/** The issuer to assume when the history names none, and how it was found. */
export function issuerFallback(guess: CategoryGuess, title: string): { issuer: string; note: string } | undefined {
  const usual = ISSUER_BY_CATEGORY[guess.category];
  if (usual) return { issuer: usual, note: 'issuer from category' };
  if (guess.department) return { issuer: guess.department, note: 'issuer from department folder' };
  const judicial = guess.category === 'judicial-interpretation' ? judicialIssuer(title) : undefined;
  return judicial ? { issuer: judicial, note: 'issuer from title' } : undefined;
}

/** The kinds of legislation that issuer and title tell apart when no folder names a category. */
export type LegislationKind = '地方性法规' | '地方政府规章' | '部门规章';

// The schema has no category of its own for local legislation: both kinds are 地方文件.
const CATEGORY_BY_KIND: Record<LegislationKind, PolicyCategory> = {
  地方性法规: 'local-regulation',
  地方政府规章: 'local-government-rule',
  部门规章: 'department-rule',
};

const NATIONAL = /^(?:中华人民共和国|国家|国务院|中国|全国|中央)/;
const LOCAL = new RegExp(`^${PLACE}`);
// （试行）, （暂行）, （2019年修订） at the end of a title say nothing about its kind.
const titleKind = (title: string) => title.replace(/[（(][^（）()]*[）)]$/, '');

/**
 * The kind of legislation an issuer and title make, by the Legislation Law's definitions: a
 * local people's congress or its standing committee adopting a 条例 (规定, 实施办法) is a 地方性法规;
 * a provincial or city government issuing a 办法 or 规定 by order (令) a 地方政府规章; a ministry,
 * commission, bureau, administration or bank of the State Council doing so a 部门规章.
 */
export function legislationKind(issuer: string, title: string, byOrder: boolean): LegislationKind | undefined {
  const kind = titleKind(title);
  const local = LOCAL.test(issuer) && !NATIONAL.test(issuer);
  if (local && /人民代表大会(?:常务委员会)?$/.test(issuer) && /(?:条例|规定|办法|细则)$/.test(kind))
    return '地方性法规';
  if (!byOrder || !/(?:办法|规定|细则|规则)$/.test(kind)) return undefined;
  if (local && /人民政府$/.test(issuer)) return '地方政府规章';
  if (!local && /(?:部|委员会|委|局|署|银行)$/.test(issuer)) return '部门规章';
  return undefined;
}

/** The category the issuer and title give a document whose folder said nothing, and the note. */
export function categoryFromIssuer(
  issuer: string,
  title: string,
  byOrder: boolean,
): { category: PolicyCategory; note: string } | undefined {
  const kind = legislationKind(issuer, title, byOrder);
  return kind
    ? { category: CATEGORY_BY_KIND[kind], note: `category ${CATEGORY_BY_KIND[kind]} (${kind}) from issuer and title` }
    : undefined;
}
