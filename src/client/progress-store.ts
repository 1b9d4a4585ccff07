// This device's study progress as the progress elements share it (lesson-progress.ts,
// course-progress.ts, continue-study.ts, my-study.ts): kept in localStorage only (progress.ts),
// and announced to every element on the page when it changes.
import { loadProgress, saveProgress, type Progress, type SiteLocation } from './progress';

export const storage = () => window.localStorage;
// Addresses in a record must be this site's: an imported "继续学习" link never leads elsewhere.
export const site: SiteLocation = { origin: location.origin, base: import.meta.env.BASE_URL };
export const load = () => loadProgress(storage(), site);

/** The event every progress element listens to, to draw the record again. */
export const PROGRESS_CHANGED = 'app-progress';
export const changed = () => document.dispatchEvent(new CustomEvent(PROGRESS_CHANGED));

/** Changes the stored record and tells the page. */
export function update(change: (progress: Progress) => Progress) {
  saveProgress(storage(), change(load()));
  changed();
}
