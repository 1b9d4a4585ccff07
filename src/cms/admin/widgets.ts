import { cms, type Immutable } from './decap';
import { s } from './strings';

/**
 * Field controls that check what a pattern cannot, against the content as it is now (each asks
 * the backend afresh, not Decap's cached list): a slug no other entry has, a lesson position no
 * other lesson of the course has, relations that offer only published entries and never the
 * entry itself. Each extends Decap's own control, so it looks and behaves the same; a refusal
 * shows in Chinese under the field, before anything is written.
 */

/** What Decap passes every control (EditorControl.js). */
interface ControlProps {
  value: unknown;
  field: Immutable;
  forID: string;
  onChange(value: unknown): void;
  getEntry(): Immutable;
  query(
    forID: string,
    collection: string,
    searchFields: string[],
    term: string,
  ): Promise<{ payload?: { hits?: Hit[] } }>;
}

/** An entry as a query returns it. */
interface Hit {
  slug: string;
  data: Record<string, unknown>;
}

type ValidResult = true | { error: { type: string; message: string } };
const refuse = (message: string): ValidResult => ({ error: { type: 'CUSTOM', message } });

interface ControlInstance {
  props: ControlProps;
  isValid: () => ValidResult;
  forceUpdate(): void;
}
type ControlClass = new (props: ControlProps) => ControlInstance;

/** A field's value as a plain list: Decap holds a multiple relation as an Immutable List. */
function plainList(value: unknown): unknown[] {
  const plain = value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as Immutable).toJS() : value;
  return ([] as unknown[]).concat(plain ?? []);
}

/** Runs Decap's own lifecycle method, where the control has one. */
function callBase(Base: ControlClass, self: unknown, method: 'componentDidMount' | 'componentDidUpdate'): void {
  const own = (Base.prototype as Record<string, unknown>)[method];
  if (typeof own === 'function') (own as () => void).call(self);
}

const base = (name: string) => {
  const widget = cms().getWidget(name);
  if (!widget) throw new Error(`Decap has no "${name}" widget`);
  return widget;
};

/** Today in the site's calendar (YYYY-MM-DD); an entry dated later is not published yet. */
const today = () => new Date().toISOString().slice(0, 10);

/** Whether an entry is published on the site: not a draft, and not dated in the future. */
export function isPublishedHit(data: Record<string, unknown>): boolean {
  if (data.draft === true) return false;
  const date = data.publishDate;
  if (date === undefined || date === null || date === '') return true;
  const day = date instanceof Date ? date.toISOString().slice(0, 10) : String(date).slice(0, 10);
  return day <= today();
}

/** The entries of a collection as they are now, by slug (one query each time it is asked). */
async function entriesOf(props: ControlProps, collection: string): Promise<Map<string, Record<string, unknown>>> {
  const result = await props.query(props.forID, collection, ['title'], '');
  return new Map((result.payload?.hits ?? []).map((hit) => [hit.slug, hit.data]));
}

/** A control that refuses a value another entry already has. */
interface ClashControl extends ControlInstance {
  /** What was last looked up (the value, or the values it depends on). */
  checked: string;
  /** The title of the other entry that has it, once the lookup found one. */
  clash: string | undefined;
}

/**
 * Looks `key` up once it changes: the entries of `collection` as they are now, and the first
 * other entry `clashes` with; the control re-renders with that entry's title (or none).
 */
function lookUpClash(
  control: ClashControl,
  key: string,
  collection: string | undefined,
  clashes: (slug: string, data: Record<string, unknown>) => boolean,
): void {
  if (key === control.checked) return;
  control.checked = key;
  control.clash = undefined;
  if (collection === undefined) return;
  entriesOf(control.props, collection).then(
    (entries) => {
      if (control.checked !== key) return;
      const other = [...entries].find(([slug, data]) => clashes(slug, data));
      control.clash = other ? String(other[1].title ?? other[0]) : undefined;
      control.forceUpdate();
    },
    () => undefined,
  );
}

/**
 * Slugs: refused when another entry of the collection has it already (Decap would silently
 * write "<slug>-1.md" with a front matter slug that clashes) or when the site reserves it. An
 * older entry without a slug field gets its file name, so the field is honestly required.
 */
export function slugControl(reserved: Record<string, readonly string[]>): ControlClass {
  const Base = base('string').control as ControlClass;
  return class SlugControl extends Base {
    clash: string | undefined;
    checked = '';
    constructor(props: ControlProps) {
      super(props);
      this.isValid = () => {
        const value = String(this.props.value ?? '');
        const collection = String(this.props.getEntry().get('collection'));
        if ((reserved[collection] ?? []).includes(value)) return refuse(s('cms.rule.slugReserved', { slug: value }));
        if (this.clash !== undefined) return refuse(s('cms.rule.slugTaken', { slug: value, title: this.clash }));
        return true;
      };
    }
    componentDidMount() {
      callBase(Base, this, 'componentDidMount');
      const entry = this.props.getEntry();
      if (!this.props.value && !entry.get('newRecord')) this.props.onChange(entry.get('slug'));
      this.check();
    }
    componentDidUpdate() {
      callBase(Base, this, 'componentDidUpdate');
      this.check();
    }
    check() {
      const entry = this.props.getEntry();
      const value = String(this.props.value ?? '');
      // The entry's own file has its own slug; another file of that name, or another entry whose
      // front matter names the slug (a file renamed by hand keeps its old name), takes it.
      const own = entry.get('newRecord') ? undefined : String(entry.get('slug'));
      const unchecked = !value || value === own;
      lookUpClash(
        this,
        value,
        unchecked ? undefined : String(entry.get('collection')),
        (slug, data) => slug !== own && (slug === value || data.slug === value),
      );
    }
  };
}

/** A lesson's position: refused when another lesson of the same course has it. */
export function lessonOrderControl(): ControlClass {
  const Base = base('number').control as ControlClass;
  return class LessonOrderControl extends Base {
    clash: string | undefined;
    checked = '';
    constructor(props: ControlProps) {
      super(props);
      const own = this.isValid;
      this.isValid = () => {
        if (this.clash !== undefined)
          return refuse(s('cms.rule.orderTaken', { order: String(this.props.value), title: this.clash }));
        return own.call(this);
      };
    }
    componentDidMount() {
      callBase(Base, this, 'componentDidMount');
      this.check();
    }
    componentDidUpdate() {
      callBase(Base, this, 'componentDidUpdate');
      this.check();
    }
    check() {
      const entry = this.props.getEntry();
      const course = String(entry.getIn(['data', 'course']) ?? '');
      const order = Number(this.props.value);
      const self = entry.get('newRecord') ? undefined : entry.get('slug');
      lookUpClash(
        this,
        `${course}#${order}`,
        course && Number.isInteger(order) ? 'lessons' : undefined,
        (slug, data) => slug !== self && data.course === course && Number(data.order) === order,
      );
    }
  };
}

/**
 * Relations offer only entries the site publishes, never the entry itself; and on save the
 * chosen ones are checked again against the content as it is now (one may have been deleted or
 * made a draft since the list was loaded).
 */
export function publishedRelationControl(): ControlClass {
  const Base = base('relation').control as ControlClass;
  return class PublishedRelationControl extends Base {
    /** Slug → whether it is published, from the last fresh look; undefined until then. */
    state2: Map<string, boolean> | undefined;
    constructor(props: ControlProps) {
      super(props);
      const self = this as unknown as { parseHitOptions: (hits: Hit[]) => unknown };
      const parse = self.parseHitOptions;
      self.parseHitOptions = (hits: Hit[]) => parse(hits.filter((hit) => this.offers(hit)));
      this.isValid = () => {
        const chosen = plainList(this.props.value).map(String).filter(Boolean);
        const entry = this.props.getEntry();
        const target = String(this.props.field.get('collection'));
        if (
          target === entry.get('collection') &&
          chosen.includes(String(entry.getIn(['data', 'slug']) ?? entry.get('slug')))
        )
          return refuse(s('cms.rule.selfReference'));
        const bad = this.state2 ? chosen.filter((slug) => this.state2!.get(slug) !== true) : [];
        return bad.length > 0 ? refuse(s('cms.rule.relationUnpublished', { slugs: bad.join('、') })) : true;
      };
    }
    offers(hit: Hit): boolean {
      const entry = this.props.getEntry();
      const target = String(this.props.field.get('collection'));
      if (
        target === entry.get('collection') &&
        (hit.slug === entry.get('slug') || hit.slug === entry.getIn(['data', 'slug']))
      )
        return false;
      return isPublishedHit(hit.data);
    }
    componentDidMount() {
      callBase(Base, this, 'componentDidMount');
      const target = String(this.props.field.get('collection'));
      entriesOf(this.props, target).then(
        (entries) => {
          this.state2 = new Map([...entries].map(([slug, data]) => [slug, isPublishedHit(data)]));
        },
        () => undefined,
      );
    }
  };
}
