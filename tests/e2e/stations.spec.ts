import { expect, test, type Page } from '@playwright/test';
import { layoutShift, PAGE_TYPES } from '../support/pages';
import { siteUrl } from '../support/sites';

// The station finder filters by province, city and keyword in the browser; without JavaScript
// it is a list grouped by province and city.

interface Facts {
  title: string;
  province: string;
  city: string;
  text: string;
}

/** Every station on the page, as the built HTML lists it. */
async function stations(page: Page): Promise<Facts[]> {
  return page.locator('[data-station]').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h4')!.textContent!.trim(),
      province: (item as HTMLElement).dataset.province!,
      city: (item as HTMLElement).dataset.city!,
      text: (item as HTMLElement).dataset.text!,
    })),
  );
}

const visibleTitles = (page: Page) => page.locator('[data-station]:visible h4').allTextContents();

test('filtering by province, then city, then keyword narrows the list and says how many', async ({ page }) => {
  await page.goto(PAGE_TYPES.stations);
  const all = await stations(page);
  const provinces = [...new Set(all.map((s) => s.province))];
  expect(provinces.length, 'the sample has stations in several provinces').toBeGreaterThan(2);
  // The province with the most cities, to filter by city within it.
  const province = provinces
    .map((p) => ({ p, cities: new Set(all.filter((s) => s.province === p).map((s) => s.city)).size }))
    .sort((a, b) => b.cities - a.cities)[0]!.p;
  const inProvince = all.filter((s) => s.province === province);

  const form = page.getByRole('search', { name: '查找条件' });
  await form.getByLabel('省份').selectOption(province);
  await expect(page.getByRole('status')).toHaveText(`找到 ${inProvince.length} 个`);
  expect((await visibleTitles(page)).sort()).toEqual(inProvince.map((s) => s.title).sort());
  // Only this province's cities are offered, and other provinces' headings are gone.
  const offered = await form.getByLabel('城市').locator('option').allTextContents();
  expect(offered.slice(1).sort()).toEqual([...new Set(inProvince.map((s) => s.city))].sort());
  for (const other of provinces.filter((p) => p !== province))
    await expect(page.getByRole('heading', { level: 2, name: other })).toBeHidden();

  const city = inProvince[0]!.city;
  await form.getByLabel('城市').selectOption(city);
  const inCity = inProvince.filter((s) => s.city === city);
  expect((await visibleTitles(page)).sort()).toEqual(inCity.map((s) => s.title).sort());
  // The province is the path of its own page, which shows it without JavaScript as well.
  const slug = await form.getByLabel('省份').locator(`option[value="${province}"]`).getAttribute('data-slug');
  await expect(page).toHaveURL(new RegExp(`/stations/${slug}/\\?city=${encodeURIComponent(city)}$`));

  await form.getByRole('button', { name: '清除条件' }).click();
  await expect(page.getByRole('status')).toHaveText(`找到 ${all.length} 个`);

  // A keyword searches everything a card shows: here, a service offered by only some stations.
  const keyword = '党费';
  const withKeyword = all.filter((s) => s.text.includes(keyword));
  expect(withKeyword.length).toBeGreaterThan(0);
  expect(withKeyword.length).toBeLessThan(all.length);
  await form.getByLabel('关键词').fill(keyword);
  expect((await visibleTitles(page)).sort()).toEqual(withKeyword.map((s) => s.title).sort());

  await form.getByLabel('关键词').fill('没有这个地方');
  await expect(page.getByRole('status')).toHaveText('找到 0 个');
  await expect(page.getByText('没有符合条件的党支部或服务站')).toBeVisible();
});

test('a shared finder link opens with its filter', async ({ page }) => {
  await page.goto(PAGE_TYPES.stations);
  const [first] = await stations(page);
  await page.goto(`${PAGE_TYPES.stations}?province=${encodeURIComponent(first!.province)}`);
  await expect(page.getByLabel('省份')).toHaveValue(first!.province);
  const titles = await visibleTitles(page);
  expect(titles).toContain(first!.title);
  expect(titles.length).toBe((await stations(page)).filter((s) => s.province === first!.province).length);
});

test('every phone number is a tap-to-call link and examples are marked', async ({ page }) => {
  await page.goto(PAGE_TYPES.stations);
  const count = await page.locator('[data-station]').count();
  await expect(page.locator('[data-station] a[href^="tel:"]')).toHaveCount(count);
  for (const href of await page
    .locator('[data-station] a[href^="tel:"]')
    .evaluateAll((a) => a.map((x) => x.getAttribute('href'))))
    expect(href).toMatch(/^tel:\+?\d{3,}$/);
  await expect(page.getByText('示例', { exact: true }).first()).toBeVisible();
});

test('without JavaScript every station is listed under its province and city, with no dead form', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl('sample', PAGE_TYPES.stations));
  await expect(page.getByRole('search', { name: '查找条件' })).toHaveCount(0);
  const all = await stations(page);
  expect(await visibleTitles(page)).toHaveLength(all.length);
  for (const station of all) {
    const province = page.getByRole('region', { name: station.province, exact: true });
    await expect(
      province.getByRole('region', { name: station.city, exact: true }).getByText(station.title),
    ).toBeVisible();
  }
  await context.close();
});

test('the list does not move once the page has loaded: the finder is there from the first paint', async ({ page }) => {
  await page.goto(PAGE_TYPES.stations);
  await expect(page.getByRole('search', { name: '查找条件' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await layoutShift(page)).toBeLessThan(0.01);
});
