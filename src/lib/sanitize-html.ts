import type { Element, ElementContent, Properties } from 'hast';
import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';

/**
 * Sanitizes the HTML of Markdown and MDX bodies, as a Sätteri HAST plugin that runs on every
 * content entry (astro.config.mjs). Editors may paste HTML by mistake (from a web page, a Word
 * export, a chat); none of it may run a script, load from another site or break the page.
 *
 * - Elements outside an allow-list are unwrapped (their text stays); the dangerous ones are
 *   dropped with their content: script, style, forms, plugins, SVG and MathML.
 * - Attributes outside an allow-list go: event handlers, `style` (the CSP forbids it anyway),
 *   `srcdoc`, `data-*` (the site's own scripts read data attributes).
 * - Links keep only http(s), mailto and tel URLs, relative paths and fragments.
 * - Images, audio and video load from the site itself only.
 * - An iframe stays only when its address is https on an origin of `frameOrigins` (the site
 *   config), and then it is sandboxed and loads lazily.
 * - In MDX, the site's components (capitalized tags) are left to the page; lowercase tags get
 *   the same rules, and attributes written as `{expressions}` or spreads are dropped.
 *   Imports, exports and `{expressions}` in the body are an error: an MDX body is content,
 *   not code, and would otherwise run at build time.
 *
 * Each removal is reported, naming the file, so an editor learns what the page lost.
 */
export interface SanitizeOptions {
  /** https origins whose pages may be embedded in an iframe, e.g. "https://video.example.org". */
  frameOrigins: readonly string[];
  /** Origin of the deployed site: absolute URLs on it count as the site's own. */
  siteOrigin?: string;
  /** Receives one message per removal. */
  report: (message: string) => void;
  /** Title given to an embedded frame that has none (screen readers announce it). */
  frameTitle: string;
}

const ALLOWED = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em ' +
    'figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp ' +
    'section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr ' +
    'audio video source track input iframe'
  ).split(' '),
);

/** Dropped with everything inside: their content is code, or means nothing without them. */
const DROPPED = new Set(
  (
    'script style template noscript object embed applet frame frameset base link meta title head ' +
    'form button textarea select option optgroup datalist output svg math canvas dialog portal'
  ).split(' '),
);

const GLOBAL_ATTRIBUTES = new Set(['id', 'className', 'title', 'lang', 'dir', 'role', 'hidden', 'translate']);

const ELEMENT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'hrefLang', 'rel', 'download'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colSpan', 'rowSpan', 'headers'],
  th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  time: ['dateTime'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  details: ['open'],
  abbr: ['title'],
  audio: ['src', 'controls', 'preload', 'loop', 'muted'],
  video: ['src', 'controls', 'preload', 'loop', 'muted', 'poster', 'width', 'height', 'playsInline'],
  source: ['src', 'type', 'media'],
  track: ['src', 'kind', 'srcLang', 'label', 'default'],
  // GFM task lists: a disabled checkbox.
  input: ['type', 'checked', 'disabled'],
  iframe: ['src', 'title', 'width', 'height', 'allowFullScreen'],
};

/** Attributes holding a URL: links may leave the site, `src`-like ones may not. */
const LINK_ATTRIBUTES = new Set(['href', 'cite']);
const LOAD_ATTRIBUTES = new Set(['src', 'poster']);
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const LOCAL = 'https://local.invalid';
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);base64,/i;

/** JSX spells some attributes as HTML does; they map onto the hast property names above. */
const JSX_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  hreflang: 'hrefLang',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  datetime: 'dateTime',
  srclang: 'srcLang',
  allowfullscreen: 'allowFullScreen',
  playsinline: 'playsInline',
};

/** What a URL is, once control characters and spaces that browsers ignore are gone. */
function parseUrl(value: string): URL | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  try {
    return new URL(cleaned, `${LOCAL}/`);
  } catch {
    return undefined;
  }
}

/** Whether a link may point there: the web, mail and phone, or the site itself. */
export function isSafeLink(value: string): boolean {
  const url = parseUrl(value);
  return url !== undefined && LINK_PROTOCOLS.has(url.protocol);
}

/** Whether an element may load this address: the site's own files only (and inline images). */
export function isOwnResource(value: string, tag: string, siteOrigin?: string): boolean {
  if (tag === 'img' && DATA_IMAGE.test(value.trim())) return true;
  const url = parseUrl(value);
  if (!url) return false;
  return url.origin === LOCAL || (siteOrigin !== undefined && url.origin === siteOrigin);
}

/** Whether an iframe may show this page: https, on an allowed origin. */
export function isAllowedFrame(value: string, frameOrigins: readonly string[]): boolean {
  const url = parseUrl(value);
  return url !== undefined && url.protocol === 'https:' && frameOrigins.includes(url.origin);
}

type Verdict =
  | { action: 'keep'; properties: Properties; removed: string[] }
  | { action: 'unwrap'; reason: string }
  | { action: 'drop'; reason: string };

/** The rules for one element, independent of how the tree is walked. */
export function judgeElement(tag: string, properties: Properties, options: SanitizeOptions): Verdict {
  const name = tag.toLowerCase();
  if (DROPPED.has(name)) return { action: 'drop', reason: `<${name}>` };
  if (!ALLOWED.has(name)) return { action: 'unwrap', reason: `<${name}>` };

  const allowed = ELEMENT_ATTRIBUTES[name] ?? [];
  const kept: Properties = {};
  const removed: string[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null) continue;
    const isAria = /^aria[A-Z-]/.test(key);
    if (!GLOBAL_ATTRIBUTES.has(key) && !allowed.includes(key) && !isAria) {
      // GFM writes column alignment as a style; the site's CSS does it by class instead.
      const align =
        key === 'style' && (name === 'td' || name === 'th') && /^text-align:\s*(left|center|right)/.exec(String(value));
      if (align) kept.className = [`app-align-${align[1]}`];
      else removed.push(key);
      continue;
    }
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (LINK_ATTRIBUTES.has(key) && !isSafeLink(text)) {
      removed.push(`${key}="${text}"`);
      continue;
    }
    if (LOAD_ATTRIBUTES.has(key) && name !== 'iframe' && !isOwnResource(text, name, options.siteOrigin)) {
      // An image or a video from elsewhere would tell another site who reads the page.
      return { action: 'drop', reason: `<${name} ${key}="${text}">` };
    }
    kept[key] = value;
  }

  if (name === 'input' && !(kept.type === 'checkbox' && kept.disabled)) return { action: 'drop', reason: '<input>' };
  if (name === 'iframe') {
    const src = String(kept.src ?? '');
    if (!isAllowedFrame(src, options.frameOrigins)) return { action: 'drop', reason: `<iframe src="${src}">` };
    kept.sandbox = ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-presentation'];
    kept.loading = 'lazy';
    kept.referrerPolicy = 'no-referrer';
    kept.title ??= options.frameTitle;
  }
  return { action: 'keep', properties: kept, removed };
}

type MdxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/**
 * Converts a lowercase MDX tag's attributes to hast properties, dropping what cannot be checked;
 * `names` remembers how each was spelled, to write the kept ones back unchanged.
 */
function mdxProperties(
  attributes: MdxElement['attributes'],
  removed: string[],
  names: Map<string, string>,
): Properties {
  const properties: Properties = {};
  for (const attribute of attributes) {
    const value = attribute.value;
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) removed.push('{...spread}');
    else if (value !== null && value !== undefined && typeof value !== 'string') removed.push(`${attribute.name}={…}`);
    else {
      const key = JSX_NAMES[attribute.name] ?? attribute.name;
      names.set(key, attribute.name);
      properties[key] = value ?? true;
    }
  }
  return properties;
}

/** Back to MDX attributes; added ones (the iframe's) are spelled as in HTML, as Astro renders MDX. */
function mdxAttributes(properties: Properties, names: Map<string, string>): MdxElement['attributes'] {
  return Object.entries(properties).map(([key, value]) => ({
    type: 'mdxJsxAttribute',
    name: names.get(key) ?? (key === 'className' ? 'class' : key.toLowerCase()),
    value: value === true ? null : Array.isArray(value) ? value.join(' ') : String(value),
  }));
}

function where(fileURL: URL | undefined): string {
  if (!fileURL) return 'content';
  const path = decodeURIComponent(fileURL.pathname);
  const at = path.lastIndexOf('/content/');
  return at >= 0 ? path.slice(at + 1) : path;
}

/** The Sätteri HAST plugin (see the module comment). */
export function sanitizeHtml(options: SanitizeOptions): HastPluginDefinition {
  const say = (ctx: HastVisitorContext, what: string) => options.report(`${where(ctx.fileURL)}: removed ${what}`);

  /** Drops or unwraps a node as the verdict says; false when it is kept. */
  const removeOrUnwrap = (node: Element | MdxElement, verdict: Verdict, ctx: HastVisitorContext): boolean => {
    if (verdict.action === 'drop') {
      say(ctx, verdict.reason);
      ctx.removeNode(node);
      return true;
    }
    if (verdict.action === 'unwrap') {
      say(ctx, `${verdict.reason} (its text kept)`);
      ctx.replaceNode(node, node.children as ElementContent[]);
      return true;
    }
    return false;
  };

  const visitElement = (node: Element, ctx: HastVisitorContext) => {
    const verdict = judgeElement(node.tagName, node.properties, options);
    if (removeOrUnwrap(node, verdict, ctx) || verdict.action !== 'keep') return;
    for (const key of Object.keys(node.properties)) {
      if (!(key in verdict.properties)) ctx.setProperty(node, key, undefined);
    }
    for (const [key, value] of Object.entries(verdict.properties)) {
      if (node.properties[key] !== value) ctx.setProperty(node, key, value);
    }
    for (const what of verdict.removed) say(ctx, `${what} from <${node.tagName}>`);
  };

  const visitMdx = (node: MdxElement, ctx: HastVisitorContext): MdxElement | void => {
    // Fragments and the site's components (KeyPoints, Question) are the page's business.
    if (!node.name || /^[A-Z]/.test(node.name) || node.name.includes('.')) return;
    const removed: string[] = [];
    const names = new Map<string, string>();
    const verdict = judgeElement(node.name, mdxProperties(node.attributes, removed, names), options);
    if (removeOrUnwrap(node, verdict, ctx) || verdict.action !== 'keep') return;
    removed.push(...verdict.removed);
    if (removed.length === 0 && node.name !== 'iframe') return;
    for (const what of removed) say(ctx, `${what} from <${node.name}>`);
    return { ...node, attributes: mdxAttributes(verdict.properties, names) };
  };

  const refuseCode = (what: string) => (node: { value?: string }, ctx: HastVisitorContext) => {
    // An MDX comment, {/* … */}, is the one expression a body may hold.
    if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) return;
    throw new Error(
      `${where(ctx.fileURL)}: ${what} is not allowed in a content body. ` +
        'Lessons use Markdown and the components the site provides (<KeyPoints>, <Question>).',
    );
  };

  return {
    name: 'sanitize-html',
    element: { filter: [], visit: visitElement },
    mdxJsxFlowElement: { filter: [], visit: visitMdx },
    mdxJsxTextElement: { filter: [], visit: visitMdx },
    // Editors' comments are notes to each other, not to readers.
    comment: (node, ctx) => ctx.removeNode(node),
    mdxjsEsm: refuseCode('An import or export'),
    mdxFlowExpression: refuseCode('A {…} expression'),
    mdxTextExpression: refuseCode('A {…} expression'),
  };
}
