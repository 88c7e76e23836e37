/**
 * Wraps a task so runs never overlap: a call during a run is folded, with every other call made
 * meanwhile, into one more run after it. A burst of file events (a `git pull` of hundreds of
 * files) thus costs at most two runs, never one per event.
 */
export function serialized(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const start = (): Promise<void> => {
    running = task().finally(() => {
      running = undefined;
    });
    return running;
  };
  return () => {
    if (queued) return queued;
    if (!running) return start();
    queued = running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
