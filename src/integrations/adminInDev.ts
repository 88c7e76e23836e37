import type { AstroIntegration } from 'astro';

/**
 * Under the dev server, /admin/ answers with the CMS's page, which an endpoint writes as
 * admin/index.html (see src/cms/adminPage.ts); a host serves that file at /admin/ by itself.
 */
export function adminInDev(options: { base: string }): AstroIntegration {
  return {
    name: 'dateline-admin-in-dev',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const page = `${options.base}admin/`;
        server.middlewares.use((request, _response, next) => {
          const [path, query] = (request.url ?? '').split('?');
          if (path === page) request.url = `${page}index.html${query ? `?${query}` : ''}`;
          next();
        });
      },
    },
  };
}
