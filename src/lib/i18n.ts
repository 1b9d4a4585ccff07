import strings from '../i18n/zh-CN.json' with { type: 'json' };
import { fill } from './messages.ts';

export type StringKey = keyof typeof strings;

/**
 * Looks up a UI string and fills `{name}` placeholders.
 * An unknown key is a programming error, so it throws instead of printing the key.
 */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  const template: string | undefined = strings[key];
  if (template === undefined) throw new Error(`Unknown UI string key: ${key}`);
  return fill(template, params);
}
