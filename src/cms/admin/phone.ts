import { cms } from './decap';
import { s } from './strings';

/**
 * The entry editor on a phone. Decap lays the form and the preview side by side, at least
 * 800 px wide; below that the admin page's CSS (src/cms/admin-page.ts, same width as here)
 * shows one of them at a time, full width, and this button switches between the two by
 * pressing Decap's own preview toggle (the eye, hidden on phones): 预览, then 返回编辑.
 */

/** Where the phone layout starts; PHONE_CSS in src/cms/admin-page.ts uses the same width. */
export const PHONE_QUERY = '(max-width: 799px)';

/** Decap's stored choice of what sits beside the form (EditorInterface.js), read when an entry opens. */
const RIGHT_PANE = 'cms.right-pane';

export function setUpPhoneEditor(): void {
  const phone = window.matchMedia(PHONE_QUERY);
  // On a phone every entry opens on its form: the preview, chosen for one entry, is not kept.
  const formFirst = () => {
    if (phone.matches) localStorage.setItem(RIGHT_PANE, 'none');
  };
  formFirst();

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'app-cms-preview-toggle';
  button.hidden = true;
  document.body.append(button);

  /** Decap's preview toggle: in the editor only, and only for a collection with a preview. */
  const decapToggle = () => {
    const phrases = cms().getLocale('zh_Hans') as { editor?: { editorInterface?: { togglePreview?: string } } };
    const title = phrases?.editor?.editorInterface?.togglePreview;
    const toggles = [...document.querySelectorAll<HTMLButtonElement>('[class*="-ViewControls"] button')];
    return toggles.find((toggle) => toggle.title === title);
  };
  const update = () => {
    button.hidden = !decapToggle();
    // The preview is showing when Decap has split the editor (no notes or second locale here).
    const previewing = document.querySelector('[class*="-StyledSplitPane"]') !== null;
    const label = previewing ? s('cms.phone.edit') : s('cms.phone.preview');
    if (button.textContent !== label) button.textContent = label;
  };
  button.addEventListener('click', () => {
    decapToggle()?.click();
    formFirst();
    update();
  });

  // Decap renders the editor when an entry opens; once a frame is enough to follow it.
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  }).observe(document.body, { childList: true, subtree: true });
}
