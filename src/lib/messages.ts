/**
 * Filling UI messages, the one implementation for the server (src/lib/i18n.ts), the browser
 * (src/client/) and the CMS. A message is a string with `{name}` placeholders, or, where the
 * wording depends on a number, plural forms chosen by that number as Intl.PluralRules says
 * (Chinese has one form, `other`; the shape is there for languages that need more).
 */
export type Message = string | PluralMessage;

/** Forms of a message by plural category; `other` is required, as in CLDR. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Params = Record<string, string | number>;

/** Replaces `{name}` with params.name; a placeholder without a value stays, so a missing one shows. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** The form of a plural message for `count`, filled (with `count` among the params). */
export function plural(message: Message, count: number, params: Params = {}, locale = 'zh-CN'): string {
  const forms: PluralMessage = typeof message === 'string' ? { other: message } : message;
  const category = new Intl.PluralRules(locale).select(count) as keyof PluralMessage;
  return fill(forms[category] ?? forms.other, { count, ...params });
}
