/** True only under `astro dev`, set by src/integrations/drafts.ts. */
declare const __DATELINE_SHOW_DRAFTS__: boolean;
