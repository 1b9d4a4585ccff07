import { refusal, value, type EventData } from './decap';
import { s } from './strings';

/**
 * Warnings before an editor breaks another entry's reference: deleting an entry, taking it off
 * the site (draft, a later publish date) or giving it another slug. The site would survive it
 * (the reference shows as unavailable, /admin/health/ lists it), but the editor should know
 * which entries name this one, and may cancel.
 */
export interface Referrer {
  collection: string;
  slug: string;
  title: string;
  field: string;
}

export interface Health {
  problems: { file: string; field: string; problem: string; effect: string }[];
  referrers: Record<string, Referrer[]>;
}

let health: Health = { problems: [], referrers: {} };

/** Loads the report the site was built with (under `npm run cms`, the content as it is now). */
export async function loadHealth(base: string): Promise<Health> {
  try {
    const response = await fetch(`${base}admin/health.json`, { cache: 'no-store' });
    if (response.ok) health = (await response.json()) as Health;
  } catch {
    // No report (an old build): no warnings, the site still degrades gracefully.
  }
  return health;
}

const referrersOf = (collection: string, slug: string) => health.referrers[`${collection}/${slug}`] ?? [];

function listed(referrers: Referrer[]): string {
  const shown = referrers.slice(0, 10).map((r) => `· ${s(`cms.collection.${r.collection}.one`)}《${r.title}》`);
  if (referrers.length > 10) shown.push(s('cms.warn.more', { count: referrers.length - 10 }));
  return shown.join('\n');
}

/** Asks the editor, naming the entries that refer to this one; throws to cancel. */
function confirmWith(message: string, referrers: Referrer[]): void {
  if (referrers.length === 0) return;
  if (!window.confirm(`${message}\n\n${listed(referrers)}\n\n${s('cms.warn.continue')}`))
    throw refusal(s('cms.warn.cancelled'));
}

/** Before a delete (and a workflow unpublish) of a published entry. */
export function preUnpublish({ entry }: EventData): void {
  if (!entry) return;
  const referrers = referrersOf(String(entry.get('collection')), String(entry.get('slug')));
  confirmWith(s('cms.warn.delete', { count: referrers.length }), referrers);
}

/** Before a save that takes an entry off the site or gives it another slug. */
export function warnBeforeSave({ entry }: EventData): void {
  if (entry.get('newRecord')) return;
  const collection = String(entry.get('collection'));
  const slug = String(entry.get('slug'));
  const referrers = referrersOf(collection, slug);
  const newSlug = value(entry, ['slug']);
  if (newSlug && newSlug !== slug) confirmWith(s('cms.warn.rename', { slug, newSlug: String(newSlug) }), referrers);
  const draft = value(entry, ['draft']) === true;
  const date = value(entry, ['publishDate']);
  const later = date ? String(date).slice(0, 10) > new Date().toISOString().slice(0, 10) : false;
  if (draft || later) confirmWith(s('cms.warn.unpublish'), referrers);
}

/** A small link to the content health report, kept in a corner of the admin. */
export function showHealthLink(base: string, report: Health): void {
  const link = document.createElement('a');
  link.href = `${base}admin/health/`;
  link.target = '_blank';
  link.rel = 'noopener';
  link.className = 'app-health-link';
  link.dataset.problems = String(report.problems.length);
  link.textContent =
    report.problems.length > 0 ? s('health.admin', { count: report.problems.length }) : s('health.adminNone');
  document.body.append(link);
}
