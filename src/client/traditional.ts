// Simplified → Traditional characters for the 简/繁 switch (ScriptSwitch.astro). Loaded only when
// a reader chooses Traditional: OpenCC's character table (about 19 KB gzipped) and Taiwan's
// variant forms, with a short phrase list instead of OpenCC's 400 KB phrase dictionary.
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import { CHARACTERS, PHRASES } from './traditional-phrases.ts';

// Earlier dictionaries in a group win: our phrases and characters over OpenCC's table. The
// second pass turns OpenCC's standard forms into Taiwan's (裏 → 裡, 爲 → 為, 着 → 著).
const convert = ConverterFactory([PHRASES, CHARACTERS, STCharacters], [TWVariants]);

/** The text in Traditional characters (Taiwan standard); anything not Chinese is kept as it is. */
export function toTraditional(text: string): string {
  return convert(text);
}
