/**
 * A tap-to-call link for a phone number as editors write it (0769-0000 1234, +49 89 123456):
 * only the digits and the + for abroad are dialled. The one rule for every phone link of the
 * site: the footer's office number (src/site.config.ts) and the numbers in content.
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
