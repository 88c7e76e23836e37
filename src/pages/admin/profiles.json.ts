import { profileNames } from '../../cms/cmsData.ts';

/** The names the form's Authors box can show: a byline's other names go in a box of their own. */
export async function GET() {
  return new Response(JSON.stringify(await profileNames()), {
    headers: { 'Content-Type': 'application/json' },
  });
}
