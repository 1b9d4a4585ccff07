/**
 * What the site keeps in the browser's localStorage, named once. The pre-paint script in the
 * page head (src/client/pre-paint.ts, inlined by Base.astro) and the modules that save the
 * settings and the progress read these; the end-to-end tests set them by the same names.
 */
export const STORAGE_KEYS = {
  /** Reading settings of the elderly-friendly mode (src/client/display.ts). */
  display: 'app-display',
  /** Simplified or Traditional characters (src/client/script-choice.ts). */
  script: 'app-script',
  /** Study progress (src/client/progress.ts). */
  progress: 'app-progress',
  /** The last step reached in each guided answer (src/client/answer-progress.ts). */
  answers: 'app-answers',
  /** The lesson player's speed and where each recording was left (src/client/lesson-audio.ts). */
  audio: 'app-audio',
} as const;
