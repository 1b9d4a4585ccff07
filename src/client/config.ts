/**
 * Typed configuration of a custom element, carried from the page to the browser in data-*
 * attributes (govuk-frontend's component schema, reduced to what this site needs).
 *
 * The element's module declares what it reads as a schema and exports its type:
 *
 *   export const schema = { saved: 'string', urls: 'list', count: 'number?' } as const satisfies ConfigSchema;
 *   export type SaveCourseConfig = Config<typeof schema>;
 *
 * The .astro that writes the element imports that type only (`import type`, so no browser code
 * runs at build time) and spreads `{...dataAttributes<SaveCourseConfig>({ ... })}` on it; the
 * element reads `readConfig(this, schema)`. Both sides therefore name the same fields with the
 * same types, and one encoding, below, is the only one.
 */

/** string: as written. number: a finite number. list: words without spaces. record: a table of strings. */
export type FieldKind = 'string' | 'number' | 'list' | 'record';
/** A field's kind; a trailing `?` makes it optional. */
export type FieldSpec = FieldKind | `${FieldKind}?`;
export type ConfigSchema = Readonly<Record<string, FieldSpec>>;

interface KindValues {
  string: string;
  number: number;
  list: string[];
  record: Record<string, string>;
}
type RequiredKeys<S extends ConfigSchema> = { [K in keyof S]: S[K] extends FieldKind ? K : never }[keyof S];
type OptionalKeys<S extends ConfigSchema> = Exclude<keyof S, RequiredKeys<S>>;
type KindOf<F> = F extends `${infer K extends FieldKind}?` ? K : F extends FieldKind ? F : never;

/** The values a schema describes: optional fields may be left out. */
export type Config<S extends ConfigSchema> = { [K in RequiredKeys<S>]: KindValues[KindOf<S[K]>] } & {
  [K in OptionalKeys<S>]?: KindValues[KindOf<S[K]>] | undefined;
};

/** What dataAttributes accepts: any config object. */
export type ConfigValues = Record<string, string | number | string[] | Record<string, string> | undefined>;

/** policyPath → policy-path, the attribute whose dataset name is policyPath. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The data-* attributes of an element's config, for the .astro that renders it. A list item
 * cannot hold spaces (the list is space-separated, like `class`), and a record holds strings.
 */
export function dataAttributes<C extends ConfigValues>(values: C): Record<`data-${string}`, string> {
  const attributes: Record<`data-${string}`, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const attribute = `data-${kebab(name)}` as const;
    if (typeof value === 'string') attributes[attribute] = value;
    else if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`${attribute}: ${value} is not a finite number`);
      attributes[attribute] = String(value);
    } else if (Array.isArray(value)) {
      const bad = value.find((item) => item === '' || /\s/.test(item));
      if (bad !== undefined) throw new Error(`${attribute}: the list item "${bad}" is empty or has a space`);
      attributes[attribute] = value.join(' ');
    } else attributes[attribute] = JSON.stringify(value);
  }
  return attributes;
}

/** The element a config is read from: its tag name names it in errors. */
export interface ConfiguredElement {
  readonly localName: string;
  readonly dataset: DOMStringMap;
}

/**
 * Reads an element's config as its schema says. A required attribute that is missing, a number
 * that is not one or a record that is not a table of strings is a bug of the page, not of the
 * reader: it throws, naming the element and the attribute.
 */
export function readConfig<S extends ConfigSchema>(element: ConfiguredElement, schema: S): Config<S> {
  const config: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const optional = spec.endsWith('?');
    const kind = (optional ? spec.slice(0, -1) : spec) as FieldKind;
    const where = `<${element.localName}> data-${kebab(name)}`;
    const raw = element.dataset[name];
    if (raw === undefined) {
      if (!optional) throw new Error(`${where} is missing`);
      continue;
    }
    config[name] = decode(kind, raw, where);
  }
  return config as Config<S>;
}

function decode(kind: FieldKind, raw: string, where: string): unknown {
  switch (kind) {
    case 'string':
      return raw;
    case 'number': {
      const value = raw.trim() === '' ? NaN : Number(raw);
      if (!Number.isFinite(value)) throw new Error(`${where} is not a number: "${raw}"`);
      return value;
    }
    case 'list':
      return raw.split(/\s+/).filter(Boolean);
    case 'record': {
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw new Error(`${where} is not JSON`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error(`${where} is not a table of strings`);
      // No prototype: a key such as `constructor` is looked up in the table, never inherited.
      const table = Object.create(null) as Record<string, string>;
      for (const [key, item] of Object.entries(value)) {
        if (typeof item !== 'string') throw new Error(`${where}: "${key}" is not a string`);
        table[key] = item;
      }
      return table;
    }
  }
}
