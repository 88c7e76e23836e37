// Read before the CMS's bundle: src/cms/admin.ts registers Dateline's format, preview and checks,
// then starts the CMS itself.
window.CMS_MANUAL_INIT = true;
