/** What a running process tree uses, read from Linux's /proc (the bench samples it). */
import { readFile, readdir } from 'node:fs/promises';

/** Resident memory, in bytes, of a process tree (Linux /proc): summed, and of its largest process. */
export async function treeRss(pid: number): Promise<{ total: number; largest: number }> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command name, which may hold spaces: state, ppid, … rss is field 24.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length < 22) continue;
    parents.set(Number(entry), Number(fields[1]));
    rss.set(Number(entry), Number(fields[21]) * 4096);
  }
  let total = 0;
  let largest = 0;
  const inTree = (p: number): boolean =>
    p === pid || (parents.has(p) && p > 1 && inTree(parents.get(p)!));
  for (const [p, bytes] of rss) {
    if (!inTree(p)) continue;
    total += bytes;
    largest = Math.max(largest, bytes);
  }
  return { total, largest };
}
