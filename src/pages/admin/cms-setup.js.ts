import type { APIRoute } from 'astro';
import strings from '../../i18n/zh-CN.json';
import setup from '../../cms/admin-setup.js?raw';

// The CMS previews and checks (src/cms/admin-setup.js), with the strings they show.
const shown = Object.fromEntries(
  Object.entries(strings).filter(([key]) => /^(cms\.|policy\.status\.|policy\.category\.|lesson\.quiz\.)/.test(key)),
);

export const GET: APIRoute = () =>
  new Response(
    `(function (STRINGS, BASE) {\n${setup}\n})(${JSON.stringify(shown)}, ${JSON.stringify(import.meta.env.BASE_URL)});\n`,
    { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
  );
