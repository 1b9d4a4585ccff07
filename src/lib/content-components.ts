/**
 * The components an MDX lesson body may use, and the attributes each takes (all plain text).
 * The sanitizer refuses any other component (src/lib/sanitize-html.ts), the CMS refuses the
 * same before saving (src/cms/collections.ts), and LessonView.astro passes exactly these.
 */
export const CONTENT_COMPONENTS = {
  /** A box of key points; `title` replaces the default heading 要点. */
  KeyPoints: ['title'],
  /** A question to think about; `title` replaces the default heading 思考题. */
  Question: ['title'],
} as const satisfies Record<string, readonly string[]>;

export type ContentComponent = keyof typeof CONTENT_COMPONENTS;
