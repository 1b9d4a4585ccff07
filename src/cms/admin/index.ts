import { preSave } from './checks';
import { cms } from './decap';
import { PREVIEWS } from './previews';

/**
 * The CMS admin's own code, run after Decap's bundle (bundled into /admin/cms-setup.js by
 * src/pages/admin/cms-setup.js.ts): previews in the site's styles and the checks the field
 * rules cannot express.
 */
declare const __BASE__: string;

cms().registerPreviewStyle(`${__BASE__}admin/preview.css`);
for (const [name, template] of Object.entries(PREVIEWS)) cms().registerPreviewTemplate(name, template);
cms().registerEventListener({ name: 'preSave', handler: preSave });
