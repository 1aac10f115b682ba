import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, nearestTimeZone, unknownZoneMessage, zonesTenantFirst } from './time-zones';

describe('time zones a person can pick', () => {
  it('stores the canonical name whatever the case typed', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone(' Europe/Amsterdam ')).toBe('Europe/Amsterdam');
  });

  it('refuses a misspelling and suggests what was meant', () => {
    expect(canonicalTimeZone('America/New_Yrok')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
    expect(nearestTimeZone('America/New_Yrok')).toBe('America/New_York');
    expect(unknownZoneMessage('America/New_Yrok')).toBe(
      'There is no time zone called “America/New_Yrok”. Did you mean America/New_York? Pick one from the list.',
    );
    expect(nearestTimeZone('qqqqqqqqqq')).toBeNull();
  });

  it("offers the tenant's zone first, once", () => {
    const zones = zonesTenantFirst('Europe/Amsterdam');
    expect(zones[0]).toBe('Europe/Amsterdam');
    expect(zones.filter((zone) => zone === 'Europe/Amsterdam')).toHaveLength(1);
    expect(zones).toContain('America/New_York');
  });
});
