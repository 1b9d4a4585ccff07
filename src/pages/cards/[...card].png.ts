import { availableParallelism } from 'node:os';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard, renderCards } from '../../lib/share-card';
import { cachedCard } from '../../lib/share-card-cache';
import { shareCards } from '../../lib/share-cards';
import { loadSite } from '../../lib/site-data';

// Share cards (PNG) of lessons, policies and stories, made at build time: /cards/lessons/x.png.
// The first route starts them all, side by side; each route waits for its own.
let rendered: Promise<Map<string, Promise<Uint8Array<ArrayBuffer>>>> | undefined;
const allCards = async () =>
  renderCards(
    shareCards(await loadSite()).map((card) => [card.path, card.text]),
    // sharp's work runs in libuv's pool of 4 threads.
    Math.min(4, availableParallelism()),
    // Cards whose text did not change since the last build come from Astro's cache folder.
    (text) => cachedCard(text, renderCard),
  );

const param = (path: string) => path.replace(/^\/cards\//, '').replace(/\.png$/, '');

export const getStaticPaths = (async () =>
  shareCards(await loadSite()).map((card) => ({ params: { card: param(card.path) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const path = `/cards/${params.card}.png`;
  let bytes: Promise<Uint8Array<ArrayBuffer>> | undefined;
  if (import.meta.env.DEV_SERVER) {
    // The dev server asks for one card at a time: render only that one.
    const card = shareCards(await loadSite()).find((c) => c.path === path);
    bytes = card && renderCard(card.text);
  } else {
    rendered ??= allCards();
    bytes = (await rendered).get(path);
  }
  if (!bytes) throw new Error(`share card: no card for ${path}`);
  return new Response(await bytes, { headers: { 'Content-Type': 'image/png' } });
};
