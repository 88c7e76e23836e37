/** A file of the output folder, relative to it, with its modification time. */
export interface OutputFile {
  path: string;
  mtimeMs: number;
}

/** What a build is known to have produced. */
export interface ProducedOutput {
  /** When the build started writing, in epoch ms: anything written since is this build's. */
  since: number;
  /** Files the build left in place because they were already right (Astro's cached pages). */
  kept: ReadonlySet<string>;
  /** Top-level folders managed by someone else (the search index), never judged here. */
  owned: readonly string[];
}

/**
 * The files of a reused output folder that this build did not produce: pages of deleted or
 * renamed articles, files removed from `public/`. Removing them makes the folder hold exactly
 * what a clean build would write.
 */
export function staleFiles(files: readonly OutputFile[], produced: ProducedOutput): string[] {
  return files
    .filter(
      (file) =>
        file.mtimeMs < produced.since &&
        !produced.kept.has(file.path) &&
        !produced.owned.some(
          (folder) => file.path === folder || file.path.startsWith(`${folder}/`),
        ),
    )
    .map((file) => file.path);
}
