interface ImportMetaEnv {
  /** True only under `astro dev`: drafts and future entries are shown (see src/integrations/publishing-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
  /** True only under `astro dev` (import.meta.env.DEV follows NODE_ENV, which a test run sets). */
  readonly DEV_SERVER: boolean;
}

/** OpenCC's Traditional → Simplified character table, "T S|T S|...". */
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}

/** OpenCC's dictionaries: "from to|from to|..." (STCharacters, TWVariants, ...). */
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}

/** qrcode's encoder without its renderers (the browser's article cards need only the modules). */
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  const encoder: { create(text: string, options?: QRCodeOptions): QRCode };
  export default encoder;
}
