import { fileURLToPath } from 'node:url';
import type { APIRoute } from 'astro';
import { root } from 'astro:config/server';
import { adminRules } from '../../cms/collections';
import { ADMIN_SCRIPTS, adminScript, scriptResponse } from '../../cms/admin-script';

// The CMS admin's own code (src/cms/admin/index.ts), with the site's rules filled in.
export const GET: APIRoute = async () =>
  scriptResponse(
    await adminScript(fileURLToPath(new URL(ADMIN_SCRIPTS['admin/cms-setup.js'], root)), {
      define: { __BASE__: JSON.stringify(import.meta.env.BASE_URL), __RULES__: JSON.stringify(adminRules()) },
    }),
  );
