import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { LIBRARY, SITES } from '../support/sites';

// Checks over the built files of both sites (at the root and under /portal/): no browser needed.

interface Page {
  path: string;
  html: string;
  ids: Set<string>;
}

function readPages(dir: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(dir, file), 'utf8');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    pages.set(file, { path: file, html, ids });
  }
  return pages;
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

for (const [name, site] of Object.entries(SITES)) {
  test.describe(`the built ${name} site @desktop`, () => {
    const pages = readPages(site.dir);
    // The law library served beside the portal (same origin): the portal's citations link into it.
    const library = site.port === LIBRARY.port ? { ...LIBRARY, pages: readPages(LIBRARY.dir) } : undefined;

    /** The pages of the site (or the library beside it) a URL path is in, and the file it serves; undefined if none. */
    const fileFor = (pathname: string): { pages: Map<string, Page>; file: string } | undefined => {
      const root = library && pathname.startsWith(library.base) ? library : { ...site, pages };
      if (!pathname.startsWith(root.base)) return undefined;
      const relative = decodeURIComponent(pathname.slice(root.base.length));
      const file = join(root.dir, relative);
      if (existsSync(file) && statSync(file).isFile()) return { pages: root.pages, file: relative };
      const index = join(relative, 'index.html');
      return existsSync(join(root.dir, index)) ? { pages: root.pages, file: index } : undefined;
    };

    test('every internal link, asset and article anchor resolves', () => {
      expect(pages.size).toBeGreaterThan(40);
      const broken: string[] = [];
      let anchors = 0;
      for (const page of pages.values()) {
        const base = new URL(`http://site${site.base}${page.path.replace(/index\.html$/, '')}`);
        for (const match of page.html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
          const raw = decode(match[1]!);
          if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
          const url = new URL(raw, base);
          if (url.host !== 'site') continue;
          const target = fileFor(url.pathname);
          if (!target) {
            broken.push(`${page.path}: ${raw}`);
            continue;
          }
          if (url.hash && target.file.endsWith('.html')) {
            anchors += 1;
            const id = decodeURIComponent(url.hash.slice(1));
            if (!target.pages.get(target.file)?.ids.has(id)) broken.push(`${page.path}: ${raw} (no id "${id}")`);
          }
        }
      }
      expect(broken).toEqual([]);
      // Article numbers, tables of contents and skip links: anchors were checked, not skipped.
      expect(anchors).toBeGreaterThan(200);
    });

    test('titles and descriptions are unique, and every image has alt text', () => {
      const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
      const problems: string[] = [];
      for (const page of pages.values()) {
        const title = /<title>([^<]*)<\/title>/.exec(page.html)?.[1];
        const description = /<meta name="description" content="([^"]*)"/.exec(page.html)?.[1];
        // A page that names another as canonical repeats it (a guided answer's outcome reached
        // by another path): search engines list that one only.
        const canonical = /<link rel="canonical" href="([^"]*)"/.exec(page.html)?.[1];
        const copy =
          canonical &&
          !decodeURIComponent(new URL(canonical).pathname).endsWith(`/${page.path.replace(/index\.html$/, '')}`);
        if (!title) problems.push(`${page.path}: no title`);
        if (!description) problems.push(`${page.path}: no description`);
        for (const [kind, value] of [
          ['title', title],
          ['description', description],
        ] as const) {
          if (!value || page.path === '404.html' || copy) continue;
          const other = seen[kind].get(value);
          if (other) problems.push(`${page.path}: same ${kind} as ${other}: ${value}`);
          else seen[kind].set(value, page.path);
        }
        for (const img of page.html.matchAll(/<img\b[^>]*>/g))
          if (!/\salt="[^"]*"/.test(img[0])) problems.push(`${page.path}: image without alt: ${img[0]}`);
      }
      expect(problems).toEqual([]);
    });
  });
}

/** Each start tag of a page, with its attribute names and values (values still entity-encoded). */
function* startTags(html: string): Generator<{ tag: string; attributes: [string, string][] }> {
  const withoutScripts = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/g, '<$1$2>');
  for (const match of withoutScripts.matchAll(
    /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g,
  )) {
    const attributes = [...match[2]!.matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map(
      (a) => [a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ''] as [string, string],
    );
    yield { tag: match[1]!.toLowerCase(), attributes };
  }
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// The CSP would block an inline handler, a style attribute or an unhashed inline script in the
// reader's browser, silently; here they fail the build's tests instead, on every page.
for (const [name, site] of Object.entries(SITES)) {
  test(`no page of the built ${name} site has inline handlers, javascript: URLs or unhashed inline code @desktop`, () => {
    const problems: string[] = [];
    let inlineScripts = 0;
    for (const file of readdirSync(site.dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.html')) continue;
      const html = readFileSync(join(site.dir, file), 'utf8');
      for (const { tag, attributes } of startTags(html)) {
        for (const [attribute, value] of attributes) {
          if (/^on/.test(attribute)) problems.push(`${file}: <${tag} ${attribute}>`);
          if (attribute === 'style') problems.push(`${file}: <${tag} style>`);
          if (/^\s*javascript:/i.test(decode(value).replace(/&#x?[0-9a-f]+;/gi, '')))
            problems.push(`${file}: <${tag} ${attribute}="${value}">`);
        }
      }
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const directive = (name: string) => csp.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '';
      if (/'unsafe-inline'/.test(directive('script-src')) || !directive('script-src'))
        problems.push(`${file}: script-src missing or allows 'unsafe-inline'`);
      for (const match of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
        if (/\ssrc=/.test(match[2]!) || /type="application\/(ld\+)?json"/.test(match[2]!)) continue;
        if (match[1] === 'script') inlineScripts += 1;
        if (!directive(`${match[1]}-src`).includes(sha256(match[3]!)))
          problems.push(`${file}: inline <${match[1]}> not hashed in the CSP`);
      }
    }
    expect(problems).toEqual([]);
    expect(inlineScripts).toBeGreaterThan(0);
  });
}

// html-validate's recommended rules, with one exception (.htmlvalidate.json): tel-non-breaking
// wants U+2011 in shown phone numbers, which would then be copied with a character a phone
// cannot dial.
for (const [name, site] of Object.entries(SITES)) {
  test(`every page of the built ${name} site is valid HTML @desktop`, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    let validated = 0;
    for (const file of readdirSync(site.dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.html')) continue;
      validated += 1;
      const report = await validator.validateFile(join(site.dir, file));
      for (const result of report.results)
        for (const message of result.messages)
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(validated).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
}

// Feeds, sitemap, robots.txt and the metadata of detail pages, on both sites.
for (const [name, site] of Object.entries(SITES)) {
  test(`the built ${name} site has valid feeds, a complete sitemap and page metadata @desktop`, () => {
    const origin = 'https://example.org';
    const root = `${origin}${site.base}`;
    const exists = (url: string) => {
      expect(url.startsWith(root), url).toBe(true);
      const path = decodeURIComponent(url.slice(root.length));
      return existsSync(join(site.dir, path, 'index.html'));
    };
    for (const feed of ['policies', 'lessons', 'stories', 'events']) {
      const xml = readFileSync(join(site.dir, 'feeds', `${feed}.xml`), 'utf8');
      expect(XMLValidator.validate(xml), feed).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'entry' }).parse(xml).feed;
      expect(parsed.entry.length, feed).toBeGreaterThan(2);
      const dates = parsed.entry.map((e: { updated: string }) => e.updated);
      expect(dates, `${feed} newest first`).toEqual([...dates].sort().reverse());
      for (const entry of parsed.entry) expect(exists(entry.id), entry.id).toBe(true);
    }

    const locs = [...readFileSync(join(site.dir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => m[1]!,
    );
    for (const loc of locs) expect(exists(loc), loc).toBe(true);
    const detailPages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /^(policies|lessons|stories|courses|events|services|hometown)\/[^/]+\/index\.html$/.test(f.replace(/\\/g, '/')),
    );
    for (const page of detailPages) expect(locs).toContain(`${root}${page.replace(/index\.html$/, '')}`);
    expect(locs.some((loc) => /\/(admin|me|search|offline)\//.test(loc))).toBe(false);
    expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}sitemap.xml`);

    const TYPES: Record<string, string> = {
      policies: 'Legislation',
      lessons: 'LearningResource',
      stories: 'Article',
      courses: 'Course',
      events: 'Event',
      services: 'HowTo',
      hometown: 'Article',
    };
    for (const page of detailPages) {
      const html = readFileSync(join(site.dir, page), 'utf8');
      expect(html, page).toContain('<meta property="og:type" content="article">');
      expect(html, page).toContain(`<meta property="og:url" content="${root}${page.replace(/index\.html$/, '')}">`);
      const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null');
      expect(ld?.['@type'], page).toBe(TYPES[page.split('/')[0]!]);
    }
  });
}
