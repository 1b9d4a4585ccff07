/**
 * What the CMS admin code uses of Decap CMS 3.16, which its bundle puts on `window` (`CMS`,
 * and React's `h` and `createClass`). Decap keeps entries as Immutable.js structures; the
 * few methods used here are typed, the rest stays opaque.
 */

/** An Immutable.js Map or List as Decap hands it over. */
export interface Immutable {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  set(key: string, value: unknown): Immutable;
  toJS(): unknown;
}

export type ReactNode = unknown;
export type Component<P = Record<string, unknown>> = (props: P) => ReactNode;
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => ReactNode;

export interface PreviewProps {
  entry: Immutable;
  /** A field's preview; `values` stands in for the entry's data (Decap's own default). */
  widgetFor(name: string, fields?: unknown, values?: Immutable): ReactNode;
  widgetsFor(name: string): unknown;
  getAsset(path: string): unknown;
  /** Entries of a collection (with a slug, that one entry) as Immutable Maps of { data, slug, path }. */
  getCollection(collection: string, slug?: string): Promise<unknown>;
  document: Document;
  window: Window;
}

export interface EventData {
  entry: Immutable;
  author?: { login?: string; name?: string };
}

export interface DecapCms {
  registerPreviewStyle(url: string, options?: { raw?: boolean }): void;
  registerPreviewTemplate(name: string, component: Component<PreviewProps>): void;
  registerEventListener(listener: { name: string; handler: (data: EventData) => unknown }): void;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  getLocale(locale: string): Record<string, unknown> | undefined;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  getWidget(name: string): { control: unknown; preview: unknown; schema?: unknown } | undefined;
  registerEditorComponent(component: Record<string, unknown>): void;
  getEditorComponents(): { get(id: string): Record<string, unknown> | undefined };
  registerCustomFormat(name: string, extension: string, format: Record<string, unknown>): void;
}

declare global {
  interface Window {
    CMS: DecapCms;
    h: H;
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}

export const cms = (): DecapCms => window.CMS;
export const h: H = (...args) => window.h(...args);

/** A plain value of the entry being edited. */
export function value(entry: Immutable, path: (string | number)[]): unknown {
  const v = entry.getIn(['data', ...path]);
  return v && typeof (v as Immutable).toJS === 'function' ? (v as Immutable).toJS() : v;
}

/** An Error whose message reaches the editor as it is: Decap shows `String(error)`, so no "Error: " prefix. */
export function refusal(message: string): Error {
  const error = new Error(message);
  error.name = '';
  return error;
}
