/**
 * The fonts drawn cards are set in: TTF files from npm packages, never the build machine's own
 * (see src/lib/drawnCardLayout.ts for the families and fontsConfig for the file that names them).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The npm packages whose TTF files cards are set in, in the order of CARD_FAMILIES. */
export const FONT_PACKAGES = [
  '@expo-google-fonts/noto-sans',
  '@expo-google-fonts/noto-sans-arabic',
  '@expo-google-fonts/noto-sans-hebrew',
  '@expo-google-fonts/noto-sans-sc',
  '@expo-google-fonts/noto-sans-kr',
  '@expo-google-fonts/noto-emoji',
] as const;

/** The weights cards use, as the packages name their folders. */
const FONT_WEIGHTS = ['400Regular', '700Bold'] as const;

/** The folders of the TTF files of `packages`, resolved from the project at `root`. */
export function fontDirs(root: string, packages: readonly string[] = FONT_PACKAGES): string[] {
  const require = createRequire(join(root, 'package.json'));
  return packages.flatMap((name) => {
    const dir = dirname(require.resolve(`${name}/package.json`));
    return FONT_WEIGHTS.map((weight) => join(dir, weight));
  });
}

/** The packages' versions, as `name@version`: part of every card's name. */
export function fontVersions(root: string, packages: readonly string[] = FONT_PACKAGES): string[] {
  const require = createRequire(join(root, 'package.json'));
  return packages.map(
    (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
  );
}
