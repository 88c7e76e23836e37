import { knownStories } from '../../cms/cmsData.ts';

/** The stories the CMS checks a new slug against, and keeps an old slug of as an alias. */
export async function GET() {
  return new Response(JSON.stringify(await knownStories()), {
    headers: { 'Content-Type': 'application/json' },
  });
}
