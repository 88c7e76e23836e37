import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const workflow = parse(
  readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8'),
) as { on: { push?: unknown; schedule?: { cron: string }[] } };

describe('the shipped deploy workflow', () => {
  it('builds on pushes and on a schedule, so scheduled stories go live and the news sitemap follows the clock', () => {
    expect(workflow.on.push).toBeDefined();
    const crons = workflow.on.schedule?.map((entry) => entry.cron) ?? [];
    expect(crons.length).toBeGreaterThan(0);
    // Five fields, run at least hourly: a story is never more than an hour late.
    for (const cron of crons) {
      const [minute, hour] = cron.split(/\s+/);
      expect(cron.split(/\s+/)).toHaveLength(5);
      expect(hour).toBe('*');
      expect(minute).toMatch(/^(?:\*\/\d+|[\d,]+)$/);
    }
  });
});
