/**
 * `npm run import -- <file|dir> [--out content/policies] [--dry-run] [--force] [--report FILE]`
 *
 * Turns policy documents (corpus Markdown, .txt, .docx) into entries of the policies
 * collection, one Markdown file each. Re-running updates the importer's own untouched entries
 * and keeps those an editor changed. Exits 0 when the run completed, even with skipped files;
 * 2 for bad arguments or a missing input path.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { registerHooks } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

// The schemas import their neighbours without an extension, as Vite allows; Node needs the .ts.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return next(`${specifier}.ts`, context);
      throw error;
    }
  },
});

const { runImport } = await import('../src/lib/import/pipeline.ts');
const { formatReport } = await import('../src/lib/import/report.ts');
const { newTenth, progressLine } = await import('../src/lib/import/progress.ts');
const { buildDate } = await import('../src/lib/publishing.ts');
const { isoDate } = await import('../src/lib/dates.ts');

const USAGE = `Usage: npm run import -- <file|dir> [--out content/policies] [--dry-run] [--force] [--report FILE]

  <file|dir>     a .md, .txt or .docx file, or a folder searched recursively
  --out DIR      where entries are written (default content/policies)
  --dry-run      write no entries; print the same report
  --force        overwrite entries edited since import, and files the importer did not write
  --report FILE  also write the full report as JSON`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/policies' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1)
  fail(positionals.length === 0 ? 'Give one file or folder to import.' : 'Give only one file or folder to import.');

const input = resolve(positionals[0]!);
const out = resolve(values.out);
let today: string;
try {
  today = isoDate(buildDate());
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
let isFolder: boolean;
try {
  isFolder = statSync(input).isDirectory();
} catch {
  fail(`No such file or folder: ${positionals[0]}`);
}

// The folder names carry the category (部门规章/公安部), so the root's own name counts too.
const root = isFolder ? input : dirname(input);
const paths = isFolder
  ? readdirSync(input, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      // Hidden files are tooling's, and the output folder may sit inside the input.
      .filter(
        (path) =>
          !relative(root, path)
            .split(sep)
            .some((part) => part.startsWith('.')) && !path.startsWith(out + sep),
      )
      .sort()
  : [input];
const files = paths.map((path) => {
  const source = relative(root, path).split(sep).join('/');
  const folders = [basename(root), ...source.split('/').slice(0, -1)];
  return { source, folders, read: async () => new Uint8Array(await readFile(path)) };
});

const started = performance.now();
const tty = process.stdout.isTTY === true;
let shown = '';
const { decisions, report } = await runImport(files, {
  today,
  force: values.force,
  readExisting: (target) => {
    try {
      return readFileSync(join(out, target), 'utf8');
    } catch {
      return undefined;
    }
  },
  onProgress: (done, total) => {
    if (tty) {
      const line = progressLine(done, total);
      if (line !== shown) process.stdout.write(`\r${line}`);
      shown = line;
      if (done === total) process.stdout.write('\n');
    } else {
      const tenth = newTenth(done, total);
      if (tenth !== undefined) console.log(`${tenth * 10}% (${done}/${total})`);
    }
  },
});

if (!values['dry-run']) {
  mkdirSync(out, { recursive: true });
  for (const decision of decisions) {
    if (decision.action === 'imported' || decision.action === 'updated')
      writeFileSync(join(out, decision.target), decision.text);
  }
}
if (values.report) writeFileSync(resolve(values.report), `${JSON.stringify(report, null, 2)}\n`);

console.log(formatReport(report, values['dry-run']));
const shownOut = relative(process.cwd(), out);
console.log(
  `\n${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s → ${shownOut.startsWith('..') ? out : shownOut || '.'}`,
);
