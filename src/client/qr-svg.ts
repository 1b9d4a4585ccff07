// The QR code of an address drawn in the browser, for the progress transfer on 我的学习 only:
// my-study.ts imports this module when the member asks for the code, so its encoder (qrcode's
// core, without its canvas and file renderers) is never loaded by any other page or visit.
import { create } from 'qrcode/lib/core/qrcode.js';

/** Light modules around the code, as the QR standard asks (4), so any phone camera finds it. */
const QUIET = 4;
const SVG = 'http://www.w3.org/2000/svg';

/**
 * The dark modules of a `size`×`size` code as one SVG path in module units, each run of dark
 * modules in a row one rectangle, shifted by the quiet zone.
 */
export function modulesPath(size: number, dark: (row: number, col: number) => boolean): string {
  let path = '';
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size;) {
      if (!dark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && dark(row, col)) col += 1;
      path += `M${start + QUIET} ${row + QUIET}h${col - start}v1h${start - col}z`;
    }
  }
  return path;
}

/**
 * The QR code of `text` (error correction L: see QR_MAX_BYTES in progress-transfer.ts) as an SVG
 * image named `label`, black on white, since cameras need the contrast of a printed code. Text
 * longer than a code holds throws (qrcode's "The amount of data is too big").
 */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const { modules } = create(text, { errorCorrectionLevel: 'L' });
  const side = modules.size + 2 * QUIET;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.dataset.modules = String(modules.size);
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(side));
  background.setAttribute('height', String(side));
  background.setAttribute('fill', '#ffffff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute(
    'd',
    modulesPath(modules.size, (row, col) => Boolean(modules.get(row, col))),
  );
  path.setAttribute('fill', '#000000');
  svg.append(background, path);
  return svg;
}
