// Finding and reading the files of an import folder. Symbolic links are never followed, to
// files or folders: a link back up the tree (self -> ., up -> ..) would make the walk endless,
// and a link can point anywhere on the machine. Every file left out gets a line in the report.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { formatBytes, MAX_SOURCE_FILE_BYTES } from '../../src/lib/content-limits.ts';
import type { Skip } from './types.ts';

/** A file found by the walk, with its path relative to the root (forward slashes). */
export interface FoundFile {
  path: string;
  source: string;
}

export interface Walk {
  files: FoundFile[];
  /** Everything passed over, each with its reason; a folder's source ends in "/". */
  skipped: { source: string; reason: string }[];
}

export const SYMLINK = 'symbolic link, not followed';

/** The reason given for a file over MAX_SOURCE_FILE_BYTES. */
export const fileTooLarge = (bytes: number) =>
  `file too large: ${formatBytes(bytes)} (limit ${formatBytes(MAX_SOURCE_FILE_BYTES)}, MAX_SOURCE_FILE_BYTES)`;

/** Why an entry of a folder is passed over, or undefined to take it (a file) or enter it (a folder). */
function passOver(entry: Dirent, path: string, exclude: string | undefined): string | undefined {
  if (entry.isSymbolicLink()) return SYMLINK;
  const folder = entry.isDirectory();
  // Hidden files and folders (.git, .DS_Store, ..txt) belong to tools, not to the documents.
  if (entry.name.startsWith('.'))
    return folder ? 'hidden folder (name starts with "."), not searched' : 'hidden file (name starts with ".")';
  if (folder) return path === exclude ? 'the output folder (--out), not searched' : undefined;
  if (!entry.isFile()) return 'not a regular file (device, socket or pipe)';
  return undefined;
}

/**
 * The files under `root`, depth first in name order, without following symbolic links.
 * `exclude` (the output folder, which may sit inside the input) is not entered.
 */
export function walkFolder(root: string, exclude?: string): Walk {
  const walk: Walk = { files: [], skipped: [] };
  const visit = (dir: string, prefix: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const source = prefix + entry.name;
      const reason = passOver(entry, path, exclude);
      if (reason) walk.skipped.push({ source: entry.isDirectory() ? `${source}/` : source, reason });
      else if (entry.isDirectory()) visit(path, `${source}/`);
      else walk.files.push({ path, source });
    }
  };
  visit(root, '');
  return walk;
}

/**
 * Reads a file without following a symbolic link (one put in place after the walk is refused
 * too) and without reading more than the size limit: the size is checked before reading.
 */
export function readSourceFile(path: string): Uint8Array | Skip {
  let fd: number;
  try {
    // O_NONBLOCK: a pipe put in the file's place must not hang the import.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return { skip: SYMLINK };
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skip: 'not a regular file (device, socket or pipe)' };
    if (stat.size > MAX_SOURCE_FILE_BYTES) return { skip: fileTooLarge(stat.size) };
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
