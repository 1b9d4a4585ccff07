import { isoFromParts } from './history.ts';

// Versions of one law sit side by side as 慈善法(2016-03-16).md and 慈善法(2023-12-29).md.
const TRAILING_DATE = /\s*[（(](\d{4})-(\d{1,2})-(\d{1,2})[）)]\s*$/;

/** Splits a trailing (YYYY-MM-DD) off a name; the date is undefined when it does not exist. */
export function splitTrailingDate(name: string): { name: string; date?: string } {
  const match = TRAILING_DATE.exec(name);
  if (!match) return { name };
  const date = isoFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  const rest = name.slice(0, match.index);
  return date ? { name: rest, date } : { name: rest };
}

/** The parts of a source file name: 慈善法(2016-03-16).md → stem 慈善法, date, extension .md. */
export function parseFileName(fileName: string): { stem: string; date?: string; extension: string } {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot).toLowerCase() : '';
  const { name, date } = splitTrailingDate(dot > 0 ? fileName.slice(0, dot) : fileName);
  return date ? { stem: name, date, extension } : { stem: name, extension };
}
