import { cmsProfiles } from '../../cms/cmsData.ts';

/** The profiles the form's Authors box can show: a byline's other names go in a box of their own. */
export async function GET() {
  return new Response(JSON.stringify(await cmsProfiles()), {
    headers: { 'Content-Type': 'application/json' },
  });
}
