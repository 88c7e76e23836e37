import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { SettingsError, readSettingsSource, settingsFromEnv } from '../settings.ts';

/** The settings file's problems, one a line, or undefined when the site can be built with it. */
function settingsProblems(): string | undefined {
  try {
    settingsFromEnv(process.env, readSettingsSource(process.env).settings);
    return undefined;
  } catch (error) {
    if (error instanceof SettingsError) return error.message;
    throw error;
  }
}

/**
 * The dev server restarts when the settings file changes (a save in the CMS or an editor), as
 * it does for astro.config.mjs. A file saved with a mistake is told in the terminal at once
 * (the pages show it too, from settings.ts); once it is fixed, browsers reload, since one that
 * loaded a page meanwhile holds Vite's error overlay (and Vite keeps it for the next one).
 */
export function settingsFileWatch(file: string): AstroIntegration {
  let reload = false;
  return {
    name: 'dateline-settings-file',
    hooks: {
      'astro:config:setup': ({ addWatchFile, isRestart, logger }) => {
        addWatchFile(file);
        if (!isRestart) return;
        const problems = settingsProblems();
        if (problems) logger.error(`${problems}\nEvery page shows this until the file is fixed.`);
        // After an error, the terminal says when the file is good again.
        else logger.info(`${relative(process.cwd(), file)}: read, and every page uses it`);
        reload = problems === undefined;
      },
      'astro:server:setup': ({ server }) => {
        if (!reload) return;
        // Sent a second after the restarted server listens: an open tab reconnects first (its
        // own reload on reconnecting can land before the new settings are read), and Vite holds
        // the last message for the next browser to connect, so this replaces a held error.
        server.httpServer?.once('listening', () =>
          setTimeout(
            () => server.environments.client.hot.send({ type: 'full-reload', path: '*' }),
            1000,
          ),
        );
      },
    },
  };
}
