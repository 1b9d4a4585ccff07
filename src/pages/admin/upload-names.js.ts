import { fileURLToPath } from 'node:url';
import type { APIRoute } from 'astro';
import { root } from 'astro:config/server';
import { UPLOAD_NAMES_GLOBAL } from '../../cms/admin/upload-name';
import { ADMIN_SCRIPTS, adminScript, scriptResponse } from '../../cms/admin-script';

// Pinyin upload names (src/cms/admin/pinyin-names.ts), which the admin loads on the first upload.
export const GET: APIRoute = async () =>
  scriptResponse(
    await adminScript(fileURLToPath(new URL(ADMIN_SCRIPTS['admin/upload-names.js'], root)), {
      globalName: UPLOAD_NAMES_GLOBAL,
    }),
  );
