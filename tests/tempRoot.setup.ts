import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every test run's temporary folders (os.tmpdir() in the tests, in the
 * builds they start and in those builds' workers) go into one folder, removed when the run ends,
 * so runs do not leave gigabytes of fixtures, caches and built sites behind.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'dateline-test-run-'));
  process.env.TMPDIR = root;
  // A process a test stopped may still be writing into it (Node's compile cache, on exit).
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
