import yaml from 'js-yaml';
import type { Candidate } from './infer.ts';

/** The frontmatter the importer writes, in the order it writes it. Dates are YYYY-MM-DD. */
export type EntryData = Pick<
  Candidate,
  'title' | 'docNumber' | 'issuer' | 'issueDate' | 'effectiveDate' | 'status' | 'category' | 'summary'
> & {
  topics: string[];
  amends: string[];
  imported: { source: string; checksum: string };
};

/** One YAML scalar on one line: plain when YAML reads it back as the same string, else quoted. */
function scalar(value: string): string {
  const dumped = yaml.dump(value, { lineWidth: -1 }).trimEnd();
  return dumped.includes('\n') ? JSON.stringify(value) : dumped;
}

/** The frontmatter block and body of an entry, as the file will hold it. */
export function renderEntry(data: EntryData, body: string): string {
  const lines = ['---', `title: ${scalar(data.title)}`];
  if (data.docNumber) lines.push(`docNumber: ${scalar(data.docNumber)}`);
  lines.push(`issuer: ${scalar(data.issuer)}`);
  if (data.issueDate) lines.push(`issueDate: ${data.issueDate}`);
  if (data.effectiveDate) lines.push(`effectiveDate: ${data.effectiveDate}`);
  lines.push(`status: ${data.status}`, `category: ${data.category}`);
  lines.push(data.topics.length === 0 ? 'topics: []' : 'topics:', ...data.topics.map((t) => `  - ${scalar(t)}`));
  lines.push(`summary: ${scalar(data.summary)}`);
  if (data.amends.length > 0) lines.push('amends:', ...data.amends.map((slug) => `  - ${slug}`));
  lines.push('imported:', `  source: ${scalar(data.imported.source)}`, `  checksum: ${data.imported.checksum}`, '---');
  return `${lines.join('\n')}\n\n${body.trim()}\n`;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/** The frontmatter of a Markdown file as data, or undefined when it has none or it is not YAML. */
export function readFrontmatter(text: string): Record<string, unknown> | undefined {
  const block = FRONTMATTER.exec(text.replace(/\r\n?/g, '\n'))?.[1];
  if (block === undefined) return undefined;
  try {
    const data = yaml.load(block);
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
