import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import spdx from 'spdx-license-list/full.js';

/**
 * Third-party notices for what the built site sends to browsers: which packages' code or data is
 * in it, under which licence, with the licence texts they ship. The package list comes from the
 * bundles' actual inputs (src/integrations/third-party-notices.ts), the licences from
 * package-lock.json, the texts from the installed packages.
 */

/** A package whose code or data is in a shipped file. */
export interface ShippedPackage {
  name: string;
  version: string;
  /** The shipped files it is in, site-relative. */
  files: string[];
}

export interface Notice extends ShippedPackage {
  license: string;
  /** Licence, copyright and notice files, or the standard text when the package ships none. */
  texts: { title: string; text: string }[];
  /** Where the licence was found when not in package.json (the allow-list). */
  note?: string;
}

interface AllowEntry {
  license: string;
  /** Why: where the licence was read, by hand. */
  foundIn: string;
  /** For a package not installed here: its copyright line, from its LICENSE file. */
  copyright?: string;
}

/**
 * Packages whose package.json names no licence. Each entry gives the licence read in the
 * package's own files; a package missing here and from package.json's `license` fails the build.
 */
export const LICENSE_ALLOW_LIST: Readonly<Record<string, AllowEntry>> = {
  // package.json has only the obsolete `licenses` array; its LICENSE-MIT file is the MIT licence.
  fuzzy: { license: 'MIT', foundIn: 'LICENSE-MIT' },
  // No licence field or file; the "License" section of its README.md says MIT.
  semaphore: { license: 'MIT', foundIn: 'README.md ("License: MIT")' },
  // No licence field or file; its Readme.md ends with the MIT licence, Copyright (c) 2012 TJ Holowaychuk.
  trim: { license: 'MIT', foundIn: 'Readme.md (The MIT License)', copyright: 'Copyright (c) 2012 TJ Holowaychuk' },
  // webpack's browser shim for Node's `process`, inside Decap's bundle but not installed here:
  // process@0.11.10's package.json says MIT and its LICENSE file is the MIT licence.
  process: {
    license: 'MIT',
    foundIn: 'LICENSE of process@0.11.10',
    copyright: 'Copyright (c) 2013 Roman Shtylman <shtylman@gmail.com>',
  },
};

interface LockEntry {
  version?: string;
  license?: string;
}

export interface Lockfile {
  packages: Record<string, LockEntry>;
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice|third[-_]party[-_](licen[cs]es|notices))([-_.].*)?$/i;

/** The licence files a package ships at its root, and in a LICENSES/ folder (REUSE layout). */
export function licenseFiles(dir: string): { title: string; text: string }[] {
  if (!existsSync(dir)) return [];
  const files: { title: string; text: string }[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (LICENSE_FILE.test(entry) && statSync(path).isFile())
      files.push({ title: entry, text: readFileSync(path, 'utf8').trim() });
    else if (/^licen[cs]es$/i.test(entry) && statSync(path).isDirectory())
      for (const inner of readdirSync(path).sort())
        files.push({ title: `${entry}/${inner}`, text: readFileSync(join(path, inner), 'utf8').trim() });
  }
  return files;
}

/** The SPDX identifiers in a licence expression such as "MIT AND Apache-2.0" or "(MIT OR CC0-1.0)". */
export const licenseIds = (expression: string): string[] =>
  expression
    .replace(/[()]/g, ' ')
    .split(/\s+(?:AND|OR|WITH)\s+|\s+/)
    .filter(Boolean);

/** Where a package is installed, from the lockfile: the entry of that version if any, else any entry. */
export function findInstalled(
  lock: Lockfile,
  name: string,
  version?: string,
): { path: string; entry: LockEntry } | undefined {
  const matches = Object.entries(lock.packages).filter(([path]) => path.endsWith(`node_modules/${name}`));
  const exact = matches.find(([, entry]) => entry.version === version);
  const [path, entry] = exact ?? matches[0] ?? [];
  return path === undefined || entry === undefined ? undefined : { path, entry };
}

/**
 * The notice of each shipped package. Throws, naming the package, when one has no licence: not in
 * package-lock.json's `license` and not in LICENSE_ALLOW_LIST.
 */
export function buildNotices(
  shipped: ShippedPackage[],
  lock: Lockfile,
  root: string,
  allow: Readonly<Record<string, AllowEntry>> = LICENSE_ALLOW_LIST,
): Notice[] {
  const problems: string[] = [];
  const notices: Notice[] = [];
  for (const item of shipped) {
    const installed = findInstalled(lock, item.name, item.version);
    const allowed = allow[item.name];
    const license = installed?.entry.license ?? allowed?.license;
    if (!license || license === 'UNLICENSED') {
      problems.push(
        `${item.name}@${item.version} (in ${item.files[0]}): no licence in package-lock.json` +
          (installed ? '' : ', and it is not installed') +
          '; read its licence files and add it to LICENSE_ALLOW_LIST in src/lib/third-party-notices.ts',
      );
      continue;
    }
    const texts = installed ? licenseFiles(join(root, installed.path)) : [];
    const note = installed?.entry.license
      ? installed.entry.version !== item.version
        ? `licence files from version ${installed.entry.version}, the one installed here`
        : undefined
      : `licence from ${allowed!.foundIn}`;
    if (texts.length === 0) {
      // No licence file in the package: the standard text of each licence it names.
      for (const id of licenseIds(license)) {
        const standard = (spdx as Record<string, { licenseText: string } | undefined>)[id];
        if (!standard) {
          problems.push(`${item.name}@${item.version}: no licence file, and "${id}" is not an SPDX licence`);
          continue;
        }
        texts.push({
          title: `${id} (standard text; the package ships no licence file)`,
          text: [allowed?.copyright, standard.licenseText.trim()].filter(Boolean).join('\n\n'),
        });
      }
    }
    notices.push({ ...item, license, texts, ...(note === undefined ? {} : { note }) });
  }
  if (problems.length > 0) throw new Error(`third-party notices:\n  ${problems.join('\n  ')}`);
  return notices.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
}

/** The text file: a list by part of the site, then each licence text once, with the packages it covers. */
export function renderNotices(siteName: string, parts: { title: string; notices: Notice[] }[]): string {
  const out: string[] = [
    `${siteName}：第三方软件许可声明 / Third-party software notices`,
    '',
    '本站发送给浏览器的文件中包含下列第三方软件或数据，按各自的许可证提供；许可证全文附后。',
    'The files this site sends to browsers contain the third-party software and data below, each under',
    'its own licence; the licence texts follow the list. Generated at build time from the bundles',
    "themselves and package-lock.json; the site's own code is under the Mulan PSL v2 (LICENSE).",
  ];
  const texts = new Map<string, { text: string; titles: Set<string>; packages: string[] }>();
  for (const part of parts) {
    out.push('', `== ${part.title} ==`, '');
    for (const notice of part.notices) {
      out.push(`${notice.name} ${notice.version} — ${notice.license}${notice.note ? ` (${notice.note})` : ''}`);
      for (const text of notice.texts) {
        const key = createHash('sha256').update(text.text).digest('hex');
        const group = texts.get(key) ?? { text: text.text, titles: new Set<string>(), packages: [] };
        group.titles.add(text.title);
        const id = `${notice.name} ${notice.version}`;
        if (!group.packages.includes(id)) group.packages.push(id);
        texts.set(key, group);
      }
    }
  }
  out.push('', '', '== 许可证全文 / Licence texts ==');
  for (const group of texts.values())
    out.push('', '-'.repeat(78), `${group.packages.join(', ')} — ${[...group.titles].join(', ')}`, '', group.text);
  return `${out.join('\n')}\n`;
}
