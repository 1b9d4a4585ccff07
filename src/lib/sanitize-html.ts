import type { Element, ElementContent, Properties, RootContent } from 'hast';
import type {
  HastNode,
  HastPluginDefinition,
  HastPluginList,
  HastVisitorContext,
  MdxJsxAttributeNode as MdxJsxAttribute,
  MdxJsxExpressionAttributeNode as MdxJsxExpressionAttribute,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'satteri';
import { isAllowedFrame, isOwnResource, isSafeLink } from './url-rules.ts';

export { isAllowedFrame, isOwnResource, isSafeLink } from './url-rules.ts';

/**
 * Sanitizes the HTML of Markdown and MDX bodies. Editors may paste HTML by mistake (from a web
 * page, a Word export, a chat), and anyone with an editor's account could write it on purpose:
 * none of it may run code (at build time or in the reader's browser), load from another site,
 * or change the page outside the content area.
 *
 * Every node of the body gets the same rules, also what sits inside a removed or unwrapped
 * element: where an element must change, its whole subtree is replaced by a copy cleaned in
 * one walk (sanitizeNodes).
 *
 * - Elements outside an allow-list are unwrapped (their content stays, cleaned); the dangerous
 *   ones are dropped with their content: script, style, forms, plugins, SVG and MathML.
 * - Attributes outside an allow-list go: event handlers, `style`, `srcset`, `srcdoc`, `data-*`
 *   (the site's own scripts read data attributes). Classes go too, except the few that the
 *   Markdown pipeline writes itself: the site's stylesheet must not be usable from content.
 * - Ids written in content get the `user-content-` prefix (as GitHub does, and as footnotes
 *   already have), so they cannot collide with the page's own ids or article anchors; links
 *   to them inside the body follow.
 * - Links keep only http(s), mailto and tel URLs, relative paths and fragments; images, audio
 *   and video load from the site itself only (url-rules.ts).
 * - An iframe stays only when its address is https on an origin of `frameOrigins` (the site
 *   config), and then it is sandboxed and loads lazily.
 * - MDX: only the site's components may be used (`components`, with their attributes), and
 *   anything in braces is code that would run at build time: an import, an export, a
 *   `{expression}` in the text, an attribute written as `{…}` or a `{...spread}` is an error
 *   naming the file. `{/* comments *\/}` are the one exception.
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
  /** The components an MDX body may use, each with the attributes it takes (all plain text). */
  components?: Readonly<Record<string, readonly string[]>>;
}

/** Content that is code: the build stops, naming the file, rather than run or drop it. */
export class ContentCodeError extends Error {
  override name = 'ContentCodeError';
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

/** Only meaningful inside audio or video; elsewhere (a <picture>, say) they are dropped. */
const MEDIA_CHILDREN = new Set(['source', 'track']);
const MEDIA = new Set(['audio', 'video']);

const GLOBAL_ATTRIBUTES = new Set(['id', 'className', 'title', 'lang', 'dir', 'role', 'hidden', 'translate']);

const ELEMENT_ATTRIBUTES: Record<string, string[]> = {
  // The footnote markers are the pipeline's own; no script of the site reads them.
  a: ['href', 'hrefLang', 'rel', 'download', 'dataFootnoteRef', 'dataFootnoteBackref'],
  section: ['dataFootnotes'],
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

/** Classes the Markdown pipeline itself writes (footnotes, task lists); content may not add others. */
const PIPELINE_CLASSES = new Set([
  'footnotes',
  'sr-only',
  'contains-task-list',
  'task-list-item',
  'data-footnote-backref',
]);

/** Prefix of ids that come from content (footnotes already use it). */
export const CONTENT_ID_PREFIX = 'user-content-';
/** The one id of the footnotes section that the pipeline writes without the prefix. */
const PIPELINE_IDS = new Set(['footnote-label']);

/** Attributes holding a URL: links may leave the site, `src`-like ones may not. */
const LINK_ATTRIBUTES = new Set(['href', 'cite']);
const LOAD_ATTRIBUTES = new Set(['src', 'poster']);

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

type Verdict =
  | { action: 'keep'; properties: Properties; removed: string[] }
  | { action: 'unwrap'; reason: string }
  | { action: 'drop'; reason: string };

const tokens = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : String(value).split(/\s+/).filter(Boolean);

/**
 * The rules for one element, independent of how the tree is walked. `parent` is the tag of
 * the nearest kept element above it ('' at the top of the body).
 */
export function judgeElement(tag: string, properties: Properties, options: SanitizeOptions, parent = ''): Verdict {
  const name = tag.toLowerCase();
  if (DROPPED.has(name)) return { action: 'drop', reason: `<${name}>` };
  if (!ALLOWED.has(name)) return { action: 'unwrap', reason: `<${name}>` };
  if (MEDIA_CHILDREN.has(name) && !MEDIA.has(parent))
    return { action: 'drop', reason: `<${name}> outside audio or video` };

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
      if (align) kept.className = [...tokens(kept.className ?? []), `app-align-${align[1]}`];
      else removed.push(key);
      continue;
    }
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (key === 'className') {
      const classes = tokens(value).filter((c) => PIPELINE_CLASSES.has(c));
      if (classes.length < tokens(value).length) removed.push(`class="${text}"`);
      if (classes.length) kept.className = [...tokens(kept.className ?? []), ...classes];
      continue;
    }
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
  // A source or track with nothing to load is what is left of a srcset: nothing.
  if (MEDIA_CHILDREN.has(name) && kept.src === undefined) return { action: 'drop', reason: `<${name}> without src` };
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
type MdxAttribute = MdxJsxAttribute | MdxJsxExpressionAttribute;
/** Any node of a body as Sätteri hands it over (hast plus the MDX node types). */
type BodyNode = RootContent | MdxElement | { type: string; value?: unknown; children?: unknown };

/** How a tree walk goes: what it reports, and the author ids it renames. */
interface Walk {
  options: SanitizeOptions;
  file: string;
  removed: string[];
  /** Ids written in the content, before they get the prefix. */
  authorIds: Set<string>;
}

/** An MDX comment, {/* … *\/}, is the one expression a body may hold. */
const isComment = (value: unknown) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(String(value ?? ''));

function refuse(walk: Walk, what: string): never {
  const components = Object.keys(walk.options.components ?? {}).map((name) => `<${name}>`);
  const hint = components.length
    ? ` Lessons use Markdown and the components the site provides (${components.join(', ')}).`
    : '';
  throw new ContentCodeError(`${walk.file}: ${what} is not allowed in a content body.${hint}`);
}

/** An id as written in the body, unless the pipeline wrote it (footnotes). */
function authorId(value: unknown): string | undefined {
  return typeof value === 'string' && !value.startsWith(CONTENT_ID_PREFIX) && !PIPELINE_IDS.has(value)
    ? value
    : undefined;
}

/** Prefixes an author's id, and a fragment link to one. */
function renameIds(properties: Properties, walk: Walk): Properties {
  const { id, href } = properties;
  const renamed = { ...properties };
  if (authorId(id) !== undefined) renamed.id = CONTENT_ID_PREFIX + String(id);
  if (typeof href === 'string' && href.startsWith('#') && walk.authorIds.has(safeDecode(href.slice(1))))
    renamed.href = `#${CONTENT_ID_PREFIX}${href.slice(1)}`;
  return renamed;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function sanitizeElement(node: Element, parent: string, walk: Walk): ElementContent[] {
  const verdict = judgeElement(node.tagName, node.properties, walk.options, parent);
  if (verdict.action === 'drop') {
    walk.removed.push(verdict.reason);
    return [];
  }
  if (verdict.action === 'unwrap') {
    walk.removed.push(`${verdict.reason} (its content kept)`);
    return sanitizeNodes(node.children, parent, walk) as ElementContent[];
  }
  for (const what of verdict.removed) walk.removed.push(`${what} from <${node.tagName}>`);
  const children = sanitizeNodes(node.children, node.tagName, walk) as ElementContent[];
  return [{ ...node, properties: renameIds(verdict.properties, walk), children }];
}

/** A JSX attribute as text, or a refusal when it is code. */
function literalAttributes(node: MdxElement, walk: Walk): Array<[name: string, value: string | true]> {
  return node.attributes.map((attribute: MdxAttribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return refuse(walk, `A {...spread} on <${node.name}>`);
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string')
      return refuse(walk, `The attribute ${attribute.name}={…} on <${node.name}>`);
    return [attribute.name, value ?? true];
  });
}

const toMdxAttributes = (entries: Array<[string, unknown]>): MdxJsxAttribute[] =>
  entries.map(([name, value]) => ({
    type: 'mdxJsxAttribute',
    name,
    value: value === true ? null : Array.isArray(value) ? value.join(' ') : String(value),
  }));

function sanitizeComponent(node: MdxElement, walk: Walk): BodyNode[] {
  const name = node.name!;
  const allowed = walk.options.components?.[name];
  if (!allowed) return refuse(walk, `<${name}>`);
  const kept: Array<[string, unknown]> = [];
  for (const [attribute, value] of literalAttributes(node, walk)) {
    if (allowed.includes(attribute)) kept.push([attribute, value]);
    else walk.removed.push(`${attribute} from <${name}>`);
  }
  const children = sanitizeNodes(node.children, name, walk) as ElementContent[];
  return [{ ...node, attributes: toMdxAttributes(kept), children } as MdxElement];
}

function sanitizeMdxTag(node: MdxElement, parent: string, walk: Walk): BodyNode[] {
  // A fragment, <>…</>, adds nothing: its content takes its place.
  if (node.name === null) return sanitizeNodes(node.children, parent, walk);
  if (/^[A-Z]/.test(node.name) || /[.:]/.test(node.name)) return sanitizeComponent(node, walk);
  // Lowercase tags get the HTML rules; `names` keeps each attribute spelled as it was written.
  const names = new Map<string, string>();
  const properties: Properties = {};
  for (const [attribute, value] of literalAttributes(node, walk)) {
    const key = JSX_NAMES[attribute] ?? attribute;
    names.set(key, attribute);
    properties[key] = value;
  }
  const element: Element = { type: 'element', tagName: node.name, properties, children: node.children };
  return sanitizeElement(element, parent, walk).map((kept) => {
    if (kept.type !== 'element') return kept;
    const entries = Object.entries(kept.properties).map(([key, value]): [string, unknown] => [
      names.get(key) ?? (key === 'className' ? 'class' : key.toLowerCase()),
      value,
    ]);
    return { ...node, attributes: toMdxAttributes(entries), children: kept.children } as MdxElement;
  });
}

function sanitizeNodes(nodes: readonly unknown[], parent: string, walk: Walk): BodyNode[] {
  const out: BodyNode[] = [];
  for (const item of nodes) {
    const node = item as BodyNode;
    switch (node.type) {
      case 'text':
        out.push(node);
        break;
      // Editors' comments are notes to each other, not to readers.
      case 'comment':
      case 'doctype':
        break;
      case 'element':
        out.push(...sanitizeElement(node as Element, parent, walk));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        out.push(...sanitizeMdxTag(node as MdxElement, parent, walk));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) refuse(walk, 'A {…} expression');
        break;
      case 'mdxjsEsm':
        return refuse(walk, 'An import or export');
      default:
        // Raw HTML that was not parsed into elements, or a node type this walk does not know.
        walk.removed.push(`a ${node.type} node`);
    }
  }
  return out;
}

/** Where a body comes from, as editors know it: content/lessons/x.mdx. */
export function contentPath(fileURL: URL | undefined): string {
  if (!fileURL) return 'content';
  const path = decodeURIComponent(fileURL.pathname);
  const at = path.lastIndexOf('/content/');
  return at >= 0 ? path.slice(at + 1) : path;
}

/** What a document's walk keeps between visits (in Sätteri's per-document data). */
interface DocumentState {
  /** Ids written in the body, collected before the sanitizing pass. */
  authorIds: Set<string>;
  /** Paths (child indexes from the root) of the subtrees already replaced by a clean copy. */
  replaced: Set<string>;
}
const STATE = 'sanitizeHtml';

/** The child indexes from the root down to `node`, e.g. "0/3/1". */
function pathOf(node: Readonly<HastNode>, ctx: HastVisitorContext): string {
  const steps: number[] = [];
  for (let at: Readonly<HastNode> | undefined = node; at && at.type !== 'root'; at = ctx.parent(at) as HastNode) {
    steps.unshift(ctx.indexOf(at) ?? 0);
  }
  return steps.join('/');
}

/** Whether `node` lies in a subtree that was already replaced (its copy was cleaned whole). */
function insideReplaced(node: Readonly<HastNode>, ctx: HastVisitorContext, replaced: Set<string>): boolean {
  if (replaced.size === 0) return false;
  const path = pathOf(node, ctx);
  for (let end = path.indexOf('/'); end !== -1; end = path.indexOf('/', end + 1))
    if (replaced.has(path.slice(0, end))) return true;
  return replaced.has(path);
}

const sameProperties = (a: Properties, b: Properties) => {
  const keys = Object.keys(a).filter((k) => a[k] !== undefined && a[k] !== null);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => (Array.isArray(a[k]) ? String(a[k]) === String(b[k]) : a[k] === b[k]))
  );
};

/**
 * Whether an element (or MDX tag) passes unchanged, judged on the node alone; its children
 * are visited on their own. Throws ContentCodeError for code, like the subtree walk.
 */
function isClean(node: BodyNode, parent: string, walk: Walk): boolean {
  if (node.type === 'element') {
    const element = node as Element;
    const verdict = judgeElement(element.tagName, element.properties, walk.options, parent);
    return (
      verdict.action === 'keep' &&
      verdict.removed.length === 0 &&
      sameProperties(element.properties, renameIds(verdict.properties, walk))
    );
  }
  const mdx = node as MdxElement;
  if (mdx.name === null) return true;
  const attributes = literalAttributes(mdx, walk);
  if (/^[A-Z]/.test(mdx.name) || /[.:]/.test(mdx.name)) {
    const allowed = walk.options.components?.[mdx.name];
    if (!allowed) refuse(walk, `<${mdx.name}>`);
    return attributes.every(([name]) => allowed.includes(name));
  }
  const properties: Properties = Object.fromEntries(
    attributes.map(([name, value]) => [JSX_NAMES[name] ?? name, value]),
  );
  return isClean({ type: 'element', tagName: mdx.name, properties, children: [] } as Element, parent, walk);
}

/**
 * The Sätteri HAST plugins (see the module comment). Sätteri's visitors are fast because a
 * node's children stay in Rust until read; so the walk reads a subtree only where something
 * must change, and replaces it with a copy cleaned whole (sanitizeNodes): nothing inside a
 * removed or unwrapped element escapes the rules.
 */
export function sanitizeHtml(options: SanitizeOptions): HastPluginList {
  const state = (ctx: HastVisitorContext) => ctx.data[STATE] as DocumentState;
  const walkFor = (ctx: HastVisitorContext): Walk => ({
    options,
    file: contentPath(ctx.fileURL),
    removed: [],
    authorIds: state(ctx).authorIds,
  });
  const noteId = (id: unknown, ctx: HastVisitorContext) => {
    const written = authorId(id);
    if (written !== undefined) state(ctx).authorIds.add(written);
  };

  // First pass: the ids written in the body, so that links to them can follow their renaming.
  const collectIds: HastPluginDefinition = {
    name: 'sanitize-html-ids',
    before: (_root, ctx) => void (ctx.data[STATE] = { authorIds: new Set(), replaced: new Set() }),
    element: { filter: [], visit: (node, ctx) => noteId(node.properties.id, ctx) },
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => noteId(mdxId(node), ctx) },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => noteId(mdxId(node), ctx) },
  };

  const visit = (node: Readonly<Element | MdxElement>, ctx: HastVisitorContext) => {
    const { replaced } = state(ctx);
    if (insideReplaced(node, ctx, replaced)) return;
    const walk = walkFor(ctx);
    const tag = node.type === 'element' ? node.tagName : (node.name ?? '');
    const above = MEDIA_CHILDREN.has(tag) ? ctx.parent(node) : undefined;
    const parent = above?.type === 'element' ? above.tagName : '';
    if (isClean(node, parent, walk)) return;
    const clean = sanitizeNodes([node], parent, walk);
    for (const what of walk.removed) options.report(`${walk.file}: removed ${what}`);
    replaced.add(pathOf(node, ctx));
    ctx.replaceNode(node, clean as HastNode[]);
  };

  const refuseCode = (what: string) => (node: Readonly<{ value?: unknown }>, ctx: HastVisitorContext) => {
    if (!isComment(node.value)) refuse(walkFor(ctx), what);
  };

  const sanitize: HastPluginDefinition = {
    name: 'sanitize-html',
    element: { filter: [], visit },
    mdxJsxFlowElement: { filter: [], visit },
    mdxJsxTextElement: { filter: [], visit },
    // Editors' comments are notes to each other, not to readers.
    comment: (node, ctx) => {
      if (!insideReplaced(node, ctx, state(ctx).replaced)) ctx.removeNode(node);
    },
    raw: (node, ctx) => {
      options.report(`${contentPath(ctx.fileURL)}: removed unparsed HTML`);
      ctx.removeNode(node);
    },
    mdxjsEsm: refuseCode('An import or export'),
    mdxFlowExpression: refuseCode('A {…} expression'),
    mdxTextExpression: refuseCode('A {…} expression'),
  };
  return [collectIds, sanitize];
}

function mdxId(node: Readonly<MdxElement>): unknown {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return attribute?.value;
}
