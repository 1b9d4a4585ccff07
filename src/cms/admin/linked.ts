import { h, type PreviewProps, type ReactNode } from './decap';
import type { Data } from './preview-model';
import { isPublishedHit } from './widgets';

/**
 * Other entries a preview names (an event's lesson, a guide's policies, a course's lessons),
 * loaded through Decap's preview API `getCollection`. The preview is drawn again on every
 * keystroke, so each entry is asked for once per admin session; the template shows the slug
 * until the answer is there.
 */

/** An entry another one links to: its data, and whether the site shows it. */
export interface Linked {
  slug: string;
  data: Data;
  published: boolean;
}

const cache = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T | null> {
  let promise = cache.get(key) as Promise<T | null> | undefined;
  if (!promise) {
    // A slug that names no entry (deleted, mistyped): the site shows it as unavailable.
    promise = load().catch(() => null);
    cache.set(key, promise);
  }
  return promise;
}

/** What Decap's getCollection answers: Immutable Maps of { data, slug, path }. */
interface EntryMap {
  get(key: 'data' | 'slug'): unknown;
}

function linked(entry: EntryMap): Linked {
  const data = (entry.get('data') ?? {}) as Data;
  return { slug: String(entry.get('slug')), data, published: isPublishedHit(data) };
}

interface AsyncProps {
  cacheKey: string;
  load: () => Promise<unknown>;
  /** Draws the answer; `undefined` while it is on its way. */
  render: (loaded: unknown) => ReactNode;
}

interface AsyncSelf {
  props: AsyncProps;
  state: { key?: string; loaded?: unknown };
  asked?: string;
  gone?: boolean;
  setState(state: { key: string; loaded: unknown }): void;
  ask(): void;
}

let AsyncClass: unknown;

/** A React component (made with the `createClass` Decap provides) that draws what a promise gives. */
function asyncClass(): unknown {
  AsyncClass ??= window.createClass({
    getInitialState: () => ({}),
    componentDidMount(this: AsyncSelf) {
      this.ask();
    },
    componentDidUpdate(this: AsyncSelf) {
      this.ask();
    },
    componentWillUnmount(this: AsyncSelf) {
      this.gone = true;
    },
    ask(this: AsyncSelf) {
      const { cacheKey, load } = this.props;
      if (this.asked === cacheKey) return;
      this.asked = cacheKey;
      void once(cacheKey, load).then((loaded) => {
        if (!this.gone && this.props.cacheKey === cacheKey) this.setState({ key: cacheKey, loaded });
      });
    },
    render(this: AsyncSelf) {
      return this.props.render(this.state.key === this.props.cacheKey ? this.state.loaded : undefined);
    },
  });
  return AsyncClass;
}

/** Draws one linked entry: `null` when there is none by that slug, `undefined` while loading. */
export function linkedEntry(
  props: PreviewProps,
  collection: string,
  slug: string,
  render: (entry: Linked | null | undefined) => ReactNode,
): ReactNode {
  if (!slug) return render(null);
  return h(asyncClass(), {
    key: `${collection}/${slug}`,
    cacheKey: `${collection}/${slug}`,
    load: async () => linked((await props.getCollection(collection, slug)) as EntryMap),
    render: (loaded: unknown) => render(loaded as Linked | null | undefined),
  });
}

/** Draws all entries of a collection (`undefined` while loading). */
export function linkedEntries(
  props: PreviewProps,
  collection: string,
  render: (entries: Linked[] | undefined) => ReactNode,
): ReactNode {
  return h(asyncClass(), {
    cacheKey: collection,
    load: async () => {
      const all = (await props.getCollection(collection)) as Iterable<EntryMap>;
      return [...all].map(linked);
    },
    render: (loaded: unknown) => render(loaded === undefined ? undefined : ((loaded as Linked[] | null) ?? [])),
  });
}
