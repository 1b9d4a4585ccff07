/**
 * The saved reading settings, applied before the first paint (Base.astro puts this in the head
 * as an inline script; the CSP admits it by its hash). It cannot wait for a module, so it is
 * a string, written from the same keys and values as the modules that save the settings.
 *
 * Traditional characters (src/client/script-switch.ts) set the language first, so fonts and
 * screen readers follow, and hold the text back until it is converted (global.css). The text
 * size and contrast set the attributes src/client/display.ts `applyDisplay` sets.
 */
import { TEXT_SIZES } from './display';
import { STORAGE_KEYS } from './storage-keys';

const largerSizes = TEXT_SIZES.filter((size) => size !== 'standard')
  .map((size) => `d.text==='${size}'`)
  .join('||');

export const PRE_PAINT_SCRIPT =
  'try{var r=document.documentElement;' +
  `if(localStorage.getItem('${STORAGE_KEYS.script}')==='hant'){r.lang='zh-Hant';r.dataset.scriptPending=''}` +
  `var d=JSON.parse(localStorage.getItem('${STORAGE_KEYS.display}')||'{}');` +
  `if(${largerSizes})r.dataset.text=d.text;if(d.contrast===true)r.dataset.contrast='high'}catch(e){}`;
