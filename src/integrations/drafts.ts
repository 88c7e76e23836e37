import type { AstroIntegration } from 'astro';

/**
 * Tells pages whether drafts may show: only under `astro dev`. Vite's `import.meta.env.DEV`
 * follows `NODE_ENV`, so a deployer whose shell sets `NODE_ENV=development` would publish
 * drafts; the Astro command cannot be changed that way.
 */
export function draftsInDevOnly(): AstroIntegration {
  return {
    name: 'dateline-drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { __DATELINE_SHOW_DRAFTS__: JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
