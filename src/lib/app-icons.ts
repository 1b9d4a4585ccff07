import sharp from 'sharp';

/** The site's red: the icon's background, the manifest's theme colour. */
export const ICON_BACKGROUND = '#b3261e';

export interface AppIcon {
  /** File name under icons/, without .png. */
  name: string;
  size: number;
  /**
   * `any`: the icon as drawn, rounded corners transparent. `maskable`: full-bleed, with the drawing
   * shrunk into the central 80 % that every launcher's mask keeps. `apple`: full-bleed at full
   * size, as iOS rounds the corners itself and shows transparency as black.
   */
  purpose: 'any' | 'maskable' | 'apple';
}

export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
  { name: 'apple-touch-icon', size: 180, purpose: 'apple' },
];

/**
 * The podcast's cover (src/pages/feeds/podcast.xml.ts): Apple Podcasts and the apps that follow
 * it want a square, opaque PNG or JPEG of 1400 to 3000 pixels. Not a home-screen icon.
 */
export const PODCAST_COVER: AppIcon = { name: 'podcast-cover', size: 1400, purpose: 'apple' };

/** Share of a maskable icon's side that its drawing may use (the safe zone is a circle of 80 %). */
export const MASKABLE_SCALE = 0.8;

const raster = (svg: string, size: number) =>
  // librsvg renders the SVG at 72 dpi: scale the density so that the drawing comes out at `size`.
  sharp(Buffer.from(svg), { density: (72 * size) / svgWidth(svg) })
    .resize(size, size)
    .png()
    .toBuffer();

function svgWidth(svg: string): number {
  const viewBox = /viewBox="\s*[\d.-]+\s+[\d.-]+\s+([\d.]+)\s+([\d.]+)"/.exec(svg);
  if (!viewBox) throw new Error('app icon: the SVG needs a viewBox');
  return Number(viewBox[1]);
}

/** Renders one home-screen icon, as PNG bytes, from the source SVG. */
export async function renderIcon(svg: string, icon: AppIcon): Promise<Uint8Array<ArrayBuffer>> {
  if (icon.purpose === 'any') return new Uint8Array(await raster(svg, icon.size));
  const inner = icon.purpose === 'maskable' ? Math.round(icon.size * MASKABLE_SCALE) : icon.size;
  const offset = Math.round((icon.size - inner) / 2);
  const png = await sharp({
    create: { width: icon.size, height: icon.size, channels: 4, background: ICON_BACKGROUND },
  })
    .composite([{ input: await raster(svg, inner), left: offset, top: offset }])
    // Opaque: launchers and iOS show any transparency of a full-bleed icon as black or white.
    .flatten({ background: ICON_BACKGROUND })
    .png()
    .toBuffer();
  return new Uint8Array(png);
}
