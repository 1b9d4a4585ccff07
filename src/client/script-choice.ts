import { STORAGE_KEYS } from './storage-keys';

/** The characters a reader chose to read the site in (ScriptSwitch.astro), kept on the device. */
export type ScriptChoice = 'hans' | 'hant';

export const SCRIPT_KEY = STORAGE_KEYS.script;

/** The saved choice; Simplified when there is none or it is not ours. */
export function readScript(storage: Pick<Storage, 'getItem'>): ScriptChoice {
  try {
    return storage.getItem(SCRIPT_KEY) === 'hant' ? 'hant' : 'hans';
  } catch {
    return 'hans';
  }
}

export function saveScript(storage: Pick<Storage, 'setItem' | 'removeItem'>, choice: ScriptChoice): void {
  try {
    if (choice === 'hant') storage.setItem(SCRIPT_KEY, 'hant');
    else storage.removeItem(SCRIPT_KEY);
  } catch {
    // Private browsing or a full storage: the choice still applies to this page.
  }
}
