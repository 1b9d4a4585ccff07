/** A tap-to-call link for a phone number as editors write it (0769-0000 1234, +49 89 123456). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[ -]/g, '')}`;
}
