import { pinyin } from 'pinyin-pro';

/**
 * Addresses of the station finder's per-province pages (/stations/<slug>/). The 34
 * provincial-level divisions have their usual romanized names: pinyin alone would give
 * 山西 and 陕西 the same "shanxi", and 陕西 is written Shaanxi by convention.
 */
const PROVINCE_SLUGS: Readonly<Record<string, string>> = {
  北京: 'beijing',
  天津: 'tianjin',
  河北: 'hebei',
  山西: 'shanxi',
  内蒙古: 'neimenggu',
  辽宁: 'liaoning',
  吉林: 'jilin',
  黑龙江: 'heilongjiang',
  上海: 'shanghai',
  江苏: 'jiangsu',
  浙江: 'zhejiang',
  安徽: 'anhui',
  福建: 'fujian',
  江西: 'jiangxi',
  山东: 'shandong',
  河南: 'henan',
  湖北: 'hubei',
  湖南: 'hunan',
  广东: 'guangdong',
  广西: 'guangxi',
  海南: 'hainan',
  重庆: 'chongqing',
  四川: 'sichuan',
  贵州: 'guizhou',
  云南: 'yunnan',
  西藏: 'xizang',
  陕西: 'shaanxi',
  甘肃: 'gansu',
  青海: 'qinghai',
  宁夏: 'ningxia',
  新疆: 'xinjiang',
  台湾: 'taiwan',
  香港: 'xianggang',
  澳门: 'aomen',
};

/** 广西壮族自治区 → 广西, 广东省 → 广东: the name without its administrative suffix. */
const shortName = (province: string) =>
  province
    .normalize('NFKC')
    .trim()
    .replace(/(?:特别行政区|(?:壮族|回族|维吾尔)?自治区|省|市)$/, '');

/**
 * The slug of a province as the station data writes it (广东省 or 广东 → guangdong). A name
 * outside the table (a typing variant, a region an organization groups by) gets its toneless
 * pinyin, so that the build never fails on a name it has not seen.
 */
export function provinceSlug(province: string): string {
  const short = shortName(province);
  const known = PROVINCE_SLUGS[short];
  if (known) return known;
  const slug = pinyin(short, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((token) => token.toLowerCase().split(/[^a-z0-9]+/))
    .filter((part) => part !== '')
    .join('');
  return slug || 'province';
}

/**
 * The slug of each province, in the order given. Two names that come to one slug (广东省
 * and 广东 written in different entries) would share a page and hide one group: refused,
 * naming both, so the editor makes the entries agree.
 */
export function provinceSlugs(provinces: readonly string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const province of provinces) {
    if (slugs.has(province)) continue;
    const slug = provinceSlug(province);
    const owner = owners.get(slug);
    if (owner !== undefined)
      throw new Error(
        `content/stations: field "province": "${owner}" and "${province}" both give the page /stations/${slug}/; write the province the same way in every entry`,
      );
    owners.set(slug, province);
    slugs.set(province, slug);
  }
  return slugs;
}
