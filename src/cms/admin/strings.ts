import all from '../../i18n/zh-CN.json' with { type: 'json' };
import { fill, type Params } from '../../lib/messages';

/** The site's strings, from the one strings file (the admin page is Chinese too). */
export const STRINGS = all as Record<string, string>;

/** One UI string, filled; an unknown key is a programming error. */
export function s(key: string, params: Params = {}): string {
  const template = STRINGS[key];
  if (template === undefined) throw new Error(`Unknown UI string key: ${key}`);
  return fill(template, params);
}
