import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cachedCard, cardCacheStats, cardKey } from '../../../src/lib/share-card-cache';
import { renderCard, type CardText } from '../../../src/lib/share-card';

const card: CardText = {
  site: '流动党员学习园地',
  eyebrow: '国务院',
  title: '国际邮轮在中华人民共和国港口靠港补给的规定',
  quote: '为了提升国际邮轮在中华人民共和国港口靠港补给便利化水平，推动邮轮经济高质量发展，制定本规定。',
  scanHint: '长按或扫描二维码，打开本页阅读',
  url: 'https://example.org/policies/guo-ji-you-lun/',
};

/** The real renderer, counting its calls. */
function counting() {
  const calls: CardText[] = [];
  const render = (text: CardText) => {
    calls.push(text);
    return renderCard(text);
  };
  return { calls, render };
}

describe('share card cache', () => {
  test('a card with the same text is read back, byte for byte, without rendering again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const { calls, render } = counting();
    const first = await cachedCard(card, render, dir);
    const again = await cachedCard({ ...card }, render, dir);
    expect(calls).toHaveLength(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(again).equals(Buffer.from(await renderCard(card)))).toBe(true);
    // Only the finished card is kept: no half-written file.
    expect(readdirSync(dir)).toEqual([cardKey(card)]);
  });

  test('a changed text renders a new card', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const { calls, render } = counting();
    await cachedCard(card, render, dir);
    const changed = { ...card, title: `${card.title}（修订）` };
    await cachedCard(changed, render, dir);
    expect(calls.map((c) => c.title)).toEqual([card.title, changed.title]);
    expect(readdirSync(dir).sort()).toEqual([cardKey(card), cardKey(changed)].sort());
  });

  test('the build counts what it reused and what it rendered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const stats = cardCacheStats();
    const before = { reused: stats.reused, rendered: stats.rendered };
    writeFileSync(join(dir, cardKey(card)), Buffer.from(await renderCard(card)));
    await cachedCard(card, renderCard, dir);
    await cachedCard({ ...card, quote: '另一段摘要。' }, renderCard, dir);
    expect(stats.reused - before.reused).toBe(1);
    expect(stats.rendered - before.rendered).toBe(1);
    expect(stats.used.has(cardKey(card))).toBe(true);
  });

  test('without a cache folder every card is rendered', async () => {
    const { calls, render } = counting();
    await cachedCard(card, render, '');
    await cachedCard(card, render, '');
    expect(calls).toHaveLength(2);
  });
});
