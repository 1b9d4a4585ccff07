/**
 * `npm run import -- <file|dir> [--out content/policies] [--dry-run] [--force] [--report FILE]`
 *
 * Turns policy documents (corpus Markdown, .txt, .docx) into entries of the policies
 * collection, one Markdown file each. Re-running updates the importer's own untouched entries
 * and keeps those an editor changed. Exits 0 when the run completed, even with skipped files;
 * 2 for bad arguments or a missing input path.
 */
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runImport } from './import/pipeline.ts';
import { formatReport } from './import/report.ts';
import { newTenth, progressLine } from './import/progress.ts';
import { readSourceFile, walkFolder } from './import/walk.ts';
import { buildDate } from '../src/lib/publishing.ts';
import { isoDate } from '../src/lib/dates.ts';

const USAGE = `Usage: npm run import -- <file|dir> [--out content/policies] [--dry-run] [--force] [--report FILE]

  <file|dir>     a .md, .txt or .docx file, or a folder searched recursively
                 (symbolic links and hidden files are not followed, and are reported)
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
  const stat = lstatSync(input);
  if (stat.isSymbolicLink()) {
    let target = '';
    try {
      target = `: give the path it points to, ${realpathSync(input)}`;
    } catch {
      target = ' that points nowhere';
    }
    fail(`${positionals[0]} is a symbolic link${target}. The importer does not follow links.`);
  }
  isFolder = stat.isDirectory();
} catch (error) {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  fail(
    code === 'ENOENT' ? `No such file or folder: ${positionals[0]}` : `Cannot read ${positionals[0]}: ${String(error)}`,
  );
}

// The folder names carry the category (部门规章/公安部), so the root's own name counts too.
const root = isFolder ? input : dirname(input);
// The output folder may sit inside the input; its entries are not documents.
const walk = isFolder ? walkFolder(input, out) : { files: [{ path: input, source: basename(input) }], skipped: [] };
const files = walk.files.map(({ path, source }) => {
  const folders = [basename(root), ...source.split('/').slice(0, -1)];
  return { source, folders, read: async () => readSourceFile(path) };
});

/** Entries under --out: regular .md files only, a link there is not the importer's to read or write. */
function listOut(): string[] {
  try {
    return readdirSync(out, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

const started = performance.now();
const tty = process.stdout.isTTY === true;
let shown = '';
const { decisions, report } = await runImport(files, {
  today,
  force: values.force,
  skipped: walk.skipped,
  listExisting: listOut,
  readExisting: (target) => {
    try {
      // A link at the target is read as a file the importer did not write: kept, not followed.
      return lstatSync(join(out, target)).isSymbolicLink() ? '' : readFileSync(join(out, target), 'utf8');
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

/** Writes a file, refusing to write through a symbolic link put at its place. */
function writeFile(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

const failed: string[] = [];
if (!values['dry-run']) {
  mkdirSync(out, { recursive: true });
  for (const decision of decisions) {
    if (decision.action !== 'imported' && decision.action !== 'updated') continue;
    try {
      writeFile(join(out, decision.target), decision.text);
    } catch (error) {
      failed.push(
        `  ${decision.target} (${decision.source}): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
if (values.report) writeFile(resolve(values.report), `${JSON.stringify(report, null, 2)}\n`);

console.log(formatReport(report, values['dry-run']));
if (failed.length > 0) {
  console.error(`\nNot written (${failed.length}):\n${failed.join('\n')}`);
  process.exitCode = 1;
}
const shownOut = relative(process.cwd(), out);
console.log(
  `\n${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s → ${shownOut.startsWith('..') ? out : shownOut || '.'}`,
);
