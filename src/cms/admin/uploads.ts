import { s } from './strings';
import { numberedName, UPLOAD_NAMES_GLOBAL, type UploadNames } from './upload-name';

/**
 * Every upload goes through Decap's media library: file fields, the body's image component and
 * the 媒体 page all end at its upload button, `<label class="nc-fileUploadButton"><input
 * type="file">` (decap-cms-core components/UI/FileUploadButton.js), whose React change handler
 * reads the file (MediaLibrary.js handlePersist). Decap 3.16 has no other way in: no drop zone,
 * no paste into the Markdown editor. A change listener on `window` in the capture phase sees the
 * choice before React does, so one place can:
 *
 * - refuse a file over the site's size limit before anything is stored (Decap checks a limit
 *   only for a field that carries one, never on the 媒体 page);
 * - give the file a readable name (src/cms/admin/upload-name.ts) and hand the renamed file to
 *   Decap through the same input;
 * - never replace a file. When the name is taken Decap asks, in hard-coded English, "X already
 *   exists. Do you want to replace it?", and OK deletes the old file, which other entries may
 *   show. The answer is always no, and the upload is handed over again as name-2, name-3…
 *   Decap knows every file of the folder (loaded when the admin starts, reloaded after each
 *   save) and this entry's unsaved uploads, so its question is the reliable test of "taken".
 */

/** Decap's question when an upload's name is taken (decap-cms-core actions/mediaLibrary.ts; not a locale key). */
export const REPLACE_PROMPT = /^(.+) already exists\. Do you want to replace it\?$/;

/** Numbers tried for a taken name before giving up. */
const MAX_NUMBER = 99;

/** Bytes as megabytes for a message: 5242880 → "5"; `up` rounds a file's size up (5.01 → "5.1"). */
export function megabytes(bytes: number, up = false): string {
  const tenths = (bytes / (1024 * 1024)) * 10;
  return String((up ? Math.ceil(tenths) : Math.round(tenths)) / 10);
}

interface Upload {
  input: HTMLInputElement;
  file: File;
  /** The readable name; attempt `n` > 1 adds "-n". */
  name: string;
  n: number;
}

/** The upload handed to Decap last, and the name it got. */
let last: (Upload & { given: string }) | undefined;
/** True while Decap handles a change this code dispatched. */
let handing = false;

function handOver(upload: Upload): void {
  const given = upload.n === 1 ? upload.name : numberedName(upload.name, upload.n);
  const { file, input } = upload;
  const renamed = new File([file], given, { type: file.type, lastModified: file.lastModified });
  const files = new DataTransfer();
  files.items.add(renamed);
  input.files = files.files;
  last = { ...upload, given };
  handing = true;
  try {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } finally {
    handing = false;
  }
}

let names: Promise<UploadNames> | undefined;

/** The pinyin namer, /admin/upload-names.js, loaded once (again after a failure). */
function namer(base: string): Promise<UploadNames> {
  names ??= new Promise<UploadNames>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${base}admin/upload-names.js`;
    script.onload = () => {
      const loaded = (window as unknown as Record<string, UploadNames | undefined>)[UPLOAD_NAMES_GLOBAL];
      if (loaded) resolve(loaded);
      else reject(new Error(`${script.src} defined no ${UPLOAD_NAMES_GLOBAL}`));
    };
    script.onerror = () => reject(new Error(`${script.src} did not load`));
    document.head.append(script);
  }).catch((error: unknown) => {
    names = undefined;
    throw error;
  });
  return names;
}

const uploadInput = (target: EventTarget | null): target is HTMLInputElement =>
  target instanceof HTMLInputElement && target.type === 'file' && !!target.closest('.nc-fileUploadButton');

/** Installs the size limit, the renaming and the no-replace rule for every upload. */
export function guardUploads({ base, maxBytes }: { base: string; maxBytes: number }): void {
  // The file dialog takes the editor a few seconds: time enough to load the namer.
  window.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('.nc-fileUploadButton')) namer(base).catch(() => {});
    },
    true,
  );

  window.addEventListener(
    'change',
    (event) => {
      if (handing || !uploadInput(event.target)) return;
      const input = event.target;
      const file = input.files?.[0];
      if (!file) return;
      // Decap gets only what is handed over below.
      event.stopImmediatePropagation();
      if (file.size > maxBytes) {
        input.value = '';
        window.alert(
          s('cms.upload.tooLarge', { name: file.name, size: megabytes(file.size, true), max: megabytes(maxBytes) }),
        );
        return;
      }
      namer(base).then(
        (loaded) => handOver({ input, file, name: loaded.pinyinUploadName(file.name, new Date()), n: 1 }),
        (error: unknown) => {
          console.error(error);
          input.value = '';
          window.alert(s('cms.upload.namesMissing'));
        },
      );
    },
    true,
  );

  const ask = window.confirm.bind(window);
  window.confirm = (message?: string): boolean => {
    const taken = REPLACE_PROMPT.exec(String(message ?? ''))?.[1];
    if (taken === undefined) return ask(message);
    const upload = last;
    if (!upload || taken.toLowerCase() !== upload.given) {
      // Not an upload handed over here (every upload is): at least ask in Chinese, saying what is at stake.
      return ask(s('cms.upload.replace', { name: taken }));
    }
    if (upload.n >= MAX_NUMBER) {
      last = undefined;
      setTimeout(() => window.alert(s('cms.upload.noFreeName', { name: upload.name })), 0);
      return false;
    }
    // After Decap has finished with this attempt (it clears the input when it is done).
    setTimeout(() => handOver({ ...upload, n: upload.n + 1 }), 0);
    return false;
  };
}
