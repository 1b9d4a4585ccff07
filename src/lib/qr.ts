import QRCode from 'qrcode';
import { SITE } from '../site.config.ts';

// The page's QR code, made at build time: as an SVG for the share box (Share.astro) and as its
// modules for the outcome card the browser draws into an image (answer-card.ts), so the
// browser needs no QR encoder of its own. Both come from the same options and the same address.

const OPTIONS = { errorCorrectionLevel: 'M' } as const;

/**
 * An address as one byte-mode segment. Left to itself the encoder searches every mix of modes
 * for the shortest code, which took half of each code's time (two codes a document: its page and
 * its handout) and saves nothing on a lowercase address, which only byte mode can carry.
 */
const segments = (url: string) => [{ data: new TextEncoder().encode(url), mode: 'byte' as const }];

/** The public address of a page at `pathname` (with the site's base): what its QR code carries. */
export function publicUrl(pathname: string): string {
  return new URL(pathname, SITE.url).href;
}

/**
 * Codes made once and asked for once more: a page's share box and its print handout carry the
 * same address, and the handouts render after all the pages. An entry goes at its second use.
 */
const madeOnce = new Map<string, Promise<string>>();

/** The QR code of `url` as an SVG with a quiet zone of two modules. */
export function qrSvg(url: string): Promise<string> {
  const made = madeOnce.get(url);
  if (made) {
    madeOnce.delete(url);
    return made;
  }
  const svg = QRCode.toString(segments(url), { type: 'svg', margin: 2, ...OPTIONS });
  madeOnce.set(url, svg);
  return svg;
}

/** The QR code of `url` as its modules: `size` per row, row by row, '1' dark and '0' light. */
export function qrModules(url: string): { size: number; bits: string } {
  const { modules } = QRCode.create(segments(url), OPTIONS);
  let bits = '';
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1) bits += modules.get(row, col) ? '1' : '0';
  return { size: modules.size, bits };
}
