import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateDocument, learnCorpus, writeGenerated } from '../../../scripts/bench/generate-laws';
import { toChineseNumber } from '../../../src/search/numerals';
import { parseDivision, parseChineseNumber, ARTICLE_START } from '../../../src/lib/articles';
import { runImport } from '../../../scripts/import/pipeline';
import { readSourceFile } from '../../../scripts/import/walk';

// The scale benchmark's documents, learnt from the committed corpus subset.
const CORPUS = join(import.meta.dirname, '../../fixtures/corpus/laws-cn');
const model = learnCorpus(CORPUS);

describe('generated legal documents (bench:scale)', () => {
  test('Chinese numerals read back as the numbers written', () => {
    for (let n = 1; n <= 2000; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
    expect([10, 19, 105, 1260].map(toChineseNumber)).toEqual(['十', '十九', '一百零五', '一千二百六十']);
  });

  test('the same seed and index give the same document; another index another one', () => {
    const a = generateDocument(model, 1, 7, new Set(model.titles));
    const b = generateDocument(model, 1, 7, new Set(model.titles));
    const c = generateDocument(model, 1, 8, new Set(model.titles));
    expect(a.text).toBe(b.text);
    expect(c.text).not.toBe(a.text);
  });

  test('documents are numbered articles under ordered 编/章/节, with distinct titles and varied text', () => {
    const titles = new Set(model.titles);
    const docs = Array.from({ length: 60 }, (_, i) => generateDocument(model, 3, i, titles));
    const names = docs.map((d) => /^# (.+)$/m.exec(d.text)![1]);
    expect(new Set(names).size).toBe(docs.length);
    expect(names.some((n) => model.titles.includes(n!))).toBe(false);
    let chapters = 0;
    for (const doc of docs) {
      const lines = doc.text.split('\n').filter(Boolean);
      const articles = lines
        .filter((l) => ARTICLE_START.test(l))
        .map((l) => parseChineseNumber(ARTICLE_START.exec(l)![1]!));
      // Articles run 1..n without a gap: the importer anchors them as art-1..art-n.
      expect(articles).toEqual(Array.from({ length: doc.articles }, (_, i) => i + 1));
      const divisions = lines
        .filter((l) => l.startsWith('#') && !l.startsWith('# '))
        .map((l) => parseDivision(l.replace(/^#+\s*/, '')));
      expect(divisions.every(Boolean)).toBe(true);
      const numbers = new Map<string, number>();
      for (const division of divisions) {
        // Chapters count on through parts; each kind numbers up from one.
        if (division!.kind !== 'section') expect(division!.number).toBe((numbers.get(division!.kind) ?? 0) + 1);
        numbers.set(division!.kind, division!.number);
        if (division!.kind === 'chapter') chapters += 1;
      }
    }
    expect(chapters).toBeGreaterThan(0);
    // Text from the chain, not one paragraph repeated: almost every paragraph differs.
    const paragraphs = docs.flatMap((d) =>
      d.text.split('\n').filter((l) => l && !l.startsWith('#') && !ARTICLE_START.test(l)),
    );
    expect(new Set(paragraphs).size).toBeGreaterThan(paragraphs.length * 0.9);
  });

  test('files land in the corpus layout, by category folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'generated-'));
    writeGenerated(model, 1, 0, 20, new Set(model.titles), out);
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(20);
    for (const file of files) {
      expect(file).toMatch(
        /^(地方性法规|地方政府规章|部门规章\/[^/]+|司法解释|行政法规)\/[^/]+\(\d{4}-\d{2}-\d{2}\)\.md$/,
      );
      expect(readFileSync(join(out, file), 'utf8')).toMatch(
        /^# .+\n\n\d{4}年\d{1,2}月\d{1,2}日 .+\n\n<!-- INFO END -->\n/,
      );
    }
  });

  test('the importer reads them as it reads the corpus: category, issuer, dates and 文号 from the text', async () => {
    const out = mkdtempSync(join(tmpdir(), 'generated-'));
    writeGenerated(model, 1, 0, 30, new Set(model.titles), out);
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((source) => ({
        source,
        folders: ['generated', ...source.split('/').slice(0, -1)],
        read: async () => readSourceFile(join(out, source)),
      }));
    const { decisions } = await runImport(files, {
      today: '2026-01-01',
      force: false,
      skipped: [],
      listExisting: () => [],
      readExisting: () => undefined,
    });
    expect(decisions.map((d) => d.action)).toEqual(files.map(() => 'imported'));
    for (const decision of decisions) {
      const front = decision.text.split(/^---$/m)[1]!;
      const folder = decision.source.split('/')[0];
      const category = /^category: (.+)$/m.exec(front)?.[1];
      expect(category).toBe(
        {
          地方性法规: 'local-regulation',
          地方政府规章: 'local-government-rule',
          部门规章: 'department-rule',
          司法解释: 'judicial-interpretation',
          行政法规: 'administrative-regulation',
        }[folder!],
      );
      expect(front).toMatch(/^issueDate: \d{4}-\d{2}-\d{2}$/m);
      expect(front).not.toMatch(/^issuer: 未注明$/m);
      if (folder === '地方政府规章' || folder === '司法解释') expect(front).toMatch(/^docNumber: .+号$/m);
    }
  });
});
