import { stringify } from 'yaml';
import { siteCmsConfig } from '../../cms/cmsData.ts';

/** The CMS's configuration, made from the schemas (see src/cms/config.ts). */
export async function GET() {
  const text = `# Made by the build from the schemas (src/cms/config.ts): edit those, not this.\n${stringify(await siteCmsConfig(), { lineWidth: 0 })}`;
  return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}
