import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { CARD_CACHE_ENV, cardCacheStats } from '../lib/share-card-cache.ts';

/** What decides a card's pixels besides its text: the renderer's code, its libraries and fonts. */
export const CARD_RENDERER_SOURCES = ['src/lib/share-card.ts', 'src/lib/qr.ts'];

/** The font files Pango picks for the cards' families, as fontconfig resolves them today. */
function fontFiles(): string {
  const found = spawnSync('fc-match', ['-f', '%{file} %{fontversion}\n', 'Noto Sans CJK SC'], { encoding: 'utf8' });
  const bold = spawnSync('fc-match', ['-f', '%{file} %{fontversion}\n', 'Noto Sans CJK SC:bold'], {
    encoding: 'utf8',
  });
  return `${found.stdout ?? ''}${bold.stdout ?? ''}`;
}

/** One digest of everything that makes a card's bytes other than its text. */
export function rendererDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of CARD_RENDERER_SOURCES) hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  hash.update(JSON.stringify(sharp.versions));
  for (const pkg of ['sharp', 'qrcode']) hash.update(readFileSync(join(root, 'node_modules', pkg, 'package.json')));
  hash.update(fontFiles());
  return hash.digest('hex').slice(0, 16);
}

/**
 * Keeps the share cards (PNG, 0.1–0.3 s each to render, one per lesson, policy and story) in
 * Astro's cache folder between builds, named by a hash of their text under a folder named by
 * the renderer's digest: a rebuild renders only the cards whose text changed, and a change to
 * the renderer, sharp or the fonts starts afresh. Cards no page used are removed after the build.
 */
export function shareCardCache(): AstroIntegration {
  let dir: string | undefined;
  return {
    name: 'portal:share-card-cache',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const parent = join(fileURLToPath(config.cacheDir), 'share-cards');
        const digest = rendererDigest(root);
        dir = join(parent, digest);
        // Cards of another renderer can never be used again.
        if (existsSync(parent))
          for (const name of readdirSync(parent))
            if (name !== digest) rmSync(join(parent, name), { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        process.env[CARD_CACHE_ENV] = dir;
        const stats = cardCacheStats();
        stats.used.clear();
        stats.reused = stats.rendered = 0;
      },
      'astro:build:done': ({ logger }) => {
        const { used, reused, rendered } = cardCacheStats();
        // No card asked for in this process (none built, or the routes ran elsewhere): keep all.
        if (!dir || used.size === 0) return;
        let removed = 0;
        for (const name of readdirSync(dir))
          if (!used.has(name)) {
            rmSync(join(dir, name), { force: true });
            removed += 1;
          }
        logger.info(`share cards: ${reused} reused from the cache, ${rendered} rendered, ${removed} unused removed`);
      },
    },
  };
}
