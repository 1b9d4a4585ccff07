import { STORAGE_KEYS } from './storage-keys';

/** Reading settings of the elderly-friendly mode (适老化), kept on the device. */
export type TextSize = 'standard' | 'large' | 'xlarge';
export interface Display {
  text: TextSize;
  contrast: boolean;
}

export const DISPLAY_KEY = STORAGE_KEYS.display;
/** The text sizes, the default first. */
export const TEXT_SIZES: readonly TextSize[] = ['standard', 'large', 'xlarge'];

/** The saved settings, or the defaults when there are none or they are not ours. */
export function readDisplay(storage: Pick<Storage, 'getItem'>): Display {
  try {
    const saved = JSON.parse(storage.getItem(DISPLAY_KEY) ?? '{}') as Partial<Display>;
    return {
      text: TEXT_SIZES.includes(saved.text as TextSize) ? (saved.text as TextSize) : 'standard',
      contrast: saved.contrast === true,
    };
  } catch {
    return { text: 'standard', contrast: false };
  }
}

export function saveDisplay(storage: Pick<Storage, 'setItem'>, display: Display): void {
  try {
    storage.setItem(DISPLAY_KEY, JSON.stringify(display));
  } catch {
    // Private browsing or a full storage: the setting still applies to this page.
  }
}

/** Sets the attributes the CSS reads; the defaults leave none. */
export function applyDisplay(root: HTMLElement, display: Display): void {
  if (display.text === 'standard') delete root.dataset.text;
  else root.dataset.text = display.text;
  if (display.contrast) root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
}
