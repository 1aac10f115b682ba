import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { seedDemo } from '../seed.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'caldasa-seed-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('gives the open event alone 500+ orders, so paging and search are real in the demo', async () => {
  const db = openDatabase(dataDir);
  try {
    await seedDemo(db, dataDir);
    const perEvent = db
      .prepare<[], { name: string; orders: number }>(
        `SELECT e.name, COUNT(o.id) AS orders FROM events e LEFT JOIN orders o ON o.event_id = e.id
         WHERE e.status = 'Published' GROUP BY e.id ORDER BY e.starts_at`,
      )
      .all();
    expect(perEvent[0]?.name).toBe('The Midnight Owls — Live');
    expect(perEvent[0]?.orders).toBeGreaterThanOrEqual(500);
  } finally {
    db.close();
  }
});
