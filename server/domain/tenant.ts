/** The tenant: its name, zone, currency and the doors-open grace period. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';

export interface Tenant {
  id: string;
  name: string;
  timeZone: string;
  currency: string;
  doorsOpenGraceMinutes: number;
}

/** Creates a tenant row; used by the seed and by tests. */
export function createTenant(db: Db, fields: Omit<Tenant, 'id'>): Tenant {
  const tenant = { id: randomUUID(), ...fields };
  db.prepare(
    'INSERT INTO tenants (id, name, time_zone, currency, doors_open_grace_minutes) VALUES (@id, @name, @timeZone, @currency, @doorsOpenGraceMinutes)',
  ).run(tenant);
  return tenant;
}

/** Reads tenants by id, caching them: tenant settings do not change while the sandbox runs. */
export function createTenantReader(db: Db): (id: string) => Tenant {
  const byId = db.prepare<[string], Tenant>(
    `SELECT id, name, time_zone AS timeZone, currency, doors_open_grace_minutes AS doorsOpenGraceMinutes
       FROM tenants WHERE id = ?`,
  );
  const cache = new Map<string, Tenant>();
  return (id) => {
    let tenant = cache.get(id);
    if (!tenant) {
      tenant = byId.get(id);
      if (!tenant) throw new Error(`Tenant ${id} is missing although a token refers to it`);
      cache.set(id, tenant);
    }
    return tenant;
  };
}
