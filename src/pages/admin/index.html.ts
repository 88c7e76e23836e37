import { adminPage } from '../../cms/adminPage.ts';
import { ADMIN_POLICY, cmsBackend } from '../../cms/cmsData.ts';
import { settings } from '../../settings.ts';

/** The CMS's page (see src/cms/adminPage.ts); the dev server answers /admin/ with it too. */
export function GET() {
  return new Response(
    adminPage(
      {
        name: settings.name,
        timeZone: settings.timeZone,
        lang: settings.lang,
        localFolder: cmsBackend.localUrl !== undefined,
        sections: settings.sections,
      },
      ADMIN_POLICY,
    ),
    {
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    },
  );
}
