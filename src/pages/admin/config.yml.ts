import { stringify } from 'yaml';
import { siteCmsConfig } from '../../cms/cmsData.ts';

/**
 * The CMS's configuration, made from the schemas (see src/cms/config.ts). On the dev server
 * (`npm run cms -- --port 4400`) the site's links lead to that server, on the port it runs on.
 */
export async function GET({ url }: { url: URL }) {
  const config = await siteCmsConfig(import.meta.env.DEV ? url.origin : undefined);
  const text = `# Made by the build from the schemas (src/cms/config.ts): edit those, not this.\n${stringify(config, { lineWidth: 0 })}`;
  return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}
