import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/**
 * How far V8 lets the heap grow past what the last full collection kept, in percent. Left to
 * itself V8 grows it two to four times over while a program allocates fast, as a build does:
 * a 10,000-document build kept under 1.8 GB alive but let its heap reach 3.3 GB, beside
 * Pagefind's processes. At 25 % the heap stays near what is alive and the collector runs more
 * often, which cost the same build a few seconds of its four minutes. It is a growth rate, not a
 * limit: a larger site gets the heap it needs.
 */
export const HEAP_GROWING_PERCENT = 25;

/**
 * Keeps `astro build`'s heap close to what it holds alive (HEAP_GROWING_PERCENT). V8 reads the
 * setting at every full collection, so setting it as the build starts is enough; `astro dev`
 * keeps V8's defaults.
 */
export function leanHeap(percent = HEAP_GROWING_PERCENT): AstroIntegration {
  return {
    name: 'portal:lean-heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') setFlagsFromString(`--heap-growing-percent=${percent}`);
      },
    },
  };
}
