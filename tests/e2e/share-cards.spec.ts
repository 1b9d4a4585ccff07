import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { SITES } from '../support/sites';
import { PAGE_TYPES } from '../support/pages';

// Every lesson and story has a share card made at build time (/cards/<type>/<slug>.png), linked
// as 保存分享图片 beside the page's QR code: a PNG of at most 150 KB whose QR code, read from the
// whole image as a phone would, leads back to the page. A policy's card, and an article's, are
// drawn on the phone when asked for (a law corpus would pay a card per law in every build).

const PUBLIC_ORIGIN = 'https://example.org';
const MAX_BYTES = 150 * 1024;
const LINK = '保存分享图片';

/**
 * The text of a card's QR code, read from its pixels (dark on light, as printed). `band` reads
 * only the card's lowest 600 px, where the code and its quiet zone sit: jsQR's time grows with
 * the pixels, and 45 whole cards would cost seconds more (the unit tests read whole cards).
 */
async function readQr(png: Buffer, band = false): Promise<string | undefined> {
  let image = sharp(png);
  if (band) {
    const { width, height } = await image.metadata();
    image = image.extract({ left: 0, top: height - 600, width, height: 600 });
  }
  // sharp decodes a palette PNG about ten times faster than pngjs.
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height, { inversionAttempts: 'dontInvert' })?.data;
}

test('every lesson and story of the build has its card, small, leading back to the page; policies none @desktop', async () => {
  const site = SITES.sample;
  const problems: string[] = [];
  const linked = new Set<string>();
  for (const type of ['lessons', 'stories']) {
    for (const slug of readdirSync(join(site.dir, type), { withFileTypes: true })) {
      if (!slug.isDirectory() || slug.name === 'page') continue;
      const page = `/${type}/${slug.name}/`;
      const html = readFileSync(join(site.dir, page, 'index.html'), 'utf8');
      const href = new RegExp(`<a [^>]*href="([^"]+)"[^>]*>\\s*${LINK}`).exec(html)?.[1];
      if (!href) {
        problems.push(`${page}: no ${LINK} link`);
        continue;
      }
      linked.add(href);
      const png = readFileSync(join(site.dir, href));
      if (png.length > MAX_BYTES) problems.push(`${href}: ${png.length} bytes`);
      const url = await readQr(png, true);
      if (url !== `${PUBLIC_ORIGIN}${page}`) problems.push(`${href}: QR code reads ${url}`);
    }
  }
  expect(problems).toEqual([]);
  // Lessons and stories of the sample site, and no card without its page.
  expect(linked.size).toBeGreaterThan(15);
  const built = readdirSync(join(site.dir, 'cards'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.png'),
  );
  expect(built.map((file) => `/cards/${file}`).sort()).toEqual([...linked].sort());
  // A policy offers the card drawn on the phone: a button, no link to a built file.
  const policy = readFileSync(join(site.dir, PAGE_TYPES.policy, 'index.html'), 'utf8');
  expect(policy).not.toMatch(new RegExp(`<a [^>]*>\\s*${LINK}`));
  expect(policy).toMatch(new RegExp(`<button [^>]*hidden[^>]*>\\s*${LINK}`));
});

test('a policy saves its card, and an article its own, made on the phone, leading to the page and the article', async ({
  page,
}) => {
  const slug = 'liudong-dangyuan-jiaoyu-guanli-fuwu-banfa';
  await page.goto(PAGE_TYPES.policy);
  const share = page.getByRole('region', { name: '分享本页' });
  const [pageCard] = await Promise.all([
    page.waitForEvent('download'),
    share.getByRole('button', { name: LINK }).click(),
  ]);
  expect(pageCard.suggestedFilename()).toBe(`流动党员学习园地-${slug}.png`);
  await expect(share.getByText(`已保存图片：流动党员学习园地-${slug}.png`)).toBeVisible();
  const saved = readFileSync(await pageCard.path());
  expect(saved.length).toBeLessThanOrEqual(MAX_BYTES);
  expect(await readQr(saved)).toBe(`${PUBLIC_ORIGIN}${PAGE_TYPES.policy}`);

  // An article's card is drawn on the phone from the article as shown, with its own QR code.
  await page.getByRole('link', { name: '第十二条', exact: true }).click();
  const tools = page.getByRole('group', { name: '复制链接' });
  const [articleCard] = await Promise.all([
    page.waitForEvent('download'),
    tools.getByRole('button', { name: '保存本条分享图片' }).click(),
  ]);
  expect(articleCard.suggestedFilename()).toBe(`流动党员学习园地-${slug}-第十二条.png`);
  await expect(tools.getByRole('status')).toHaveText(`已保存图片：流动党员学习园地-${slug}-第十二条.png`);
  const png = readFileSync(await articleCard.path());
  // Painted at full size, or smaller where the full-size PNG would pass 150 KB.
  expect((await sharp(png).metadata()).width).toBeGreaterThanOrEqual(648);
  expect(png.length).toBeLessThanOrEqual(MAX_BYTES);
  expect(await readQr(png)).toBe(`${PUBLIC_ORIGIN}${PAGE_TYPES.policy}#art-12`);
});
