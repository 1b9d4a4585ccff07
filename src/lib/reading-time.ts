// A Chinese reader takes in about 300-400 characters a minute; lessons are read on phones,
// in spare minutes, so the lower figure is closer.
const CJK_PER_MINUTE = 300;
const WORDS_PER_MINUTE = 200;

/** Minutes to read a Markdown/MDX body, at least 1. Markup and components do not count. */
export function readingMinutes(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`[\]()|-]/g, ' ');
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return Math.max(1, Math.round(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}
