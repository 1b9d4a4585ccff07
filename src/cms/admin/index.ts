import { preSave, type OptionalGroup } from './checks';
import { cms } from './decap';
import { CONTENT_FORMAT, fromFile, toFile } from './frontmatter';
import { refuseImagesWithoutAlt } from './image-alt';
import { useChinese } from './locale';
import { setUpPhoneEditor } from './phone';
import { PREVIEW_CSS, PREVIEWS } from './previews';
import { guardUploads, megabytes } from './uploads';
import { loadHealth, preUnpublish, showHealthLink, warnBeforeSave } from './warnings';
import { lessonOrderControl, publishedRelationControl, slugControl } from './widgets';

/**
 * The CMS admin's own code, run after Decap's bundle (bundled into /admin/cms-setup.js by
 * src/pages/admin/cms-setup.js.ts, which fills in the constants below from the site's config):
 * previews in the site's styles, the checks the field rules cannot express, and warnings
 * before an edit breaks another entry's reference.
 */
declare const __BASE__: string;
declare const __RULES__: {
  /** Slugs each collection may not use (a page on /policies/ would hide the listing). */
  reserved: Record<string, string[]>;
  optionalGroups: Record<string, OptionalGroup[]>;
  /** The largest upload (the site config's cms.maxUploadBytes, also the fields' max_file_size). */
  maxUploadBytes: number;
};

const CMS = cms();
useChinese(CMS, { maxUploadMegabytes: megabytes(__RULES__.maxUploadBytes) });
guardUploads({ base: __BASE__, maxBytes: __RULES__.maxUploadBytes });
CMS.registerPreviewStyle(`${__BASE__}admin/preview.css`);
CMS.registerPreviewStyle(PREVIEW_CSS, { raw: true });
for (const [name, template] of Object.entries(PREVIEWS)) CMS.registerPreviewTemplate(name, template);

const relation = CMS.getWidget('relation')!;
CMS.registerWidget('slug', slugControl(__RULES__.reserved), CMS.getWidget('string')!.preview);
CMS.registerWidget('lesson-order', lessonOrderControl(), CMS.getWidget('number')!.preview);
CMS.registerWidget('relation', publishedRelationControl(), relation.preview, relation.schema);

// The file as it was loaded, kept by the save that is about to write it: Decap serialises
// right after the preSave handlers, and hands the format only the data.
let loaded: { text: string; path: string } | undefined;
CMS.registerCustomFormat(CONTENT_FORMAT, 'md', {
  fromFile,
  toFile: (data: Record<string, unknown>, fieldOrder: string[]) => {
    const original = loaded;
    loaded = undefined;
    return toFile(data, fieldOrder, original);
  },
});

CMS.registerEventListener({
  name: 'preSave',
  handler: (event) => {
    const data = preSave(event, __RULES__.optionalGroups);
    refuseImagesWithoutAlt(event);
    warnBeforeSave(event);
    const { entry } = event;
    loaded = entry.get('newRecord')
      ? undefined
      : { text: String(entry.get('raw') ?? ''), path: String(entry.get('path') ?? '') };
    return data;
  },
});
CMS.registerEventListener({ name: 'preUnpublish', handler: preUnpublish });

setUpPhoneEditor();

void loadHealth(__BASE__).then((report) => showHealthLink(__BASE__, report));
