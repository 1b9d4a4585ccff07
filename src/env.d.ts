interface ImportMetaEnv {
  /** True only under `astro dev`: drafts and future entries are shown (see src/integrations/publishing-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}
