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

/** qrcode's encoder alone (CommonJS, no renderers): the browser's QR codes (我的学习, article share cards). */
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
  const encoder: { create: typeof create };
  export default encoder;
}
