import { memo } from 'react';
import { zonesTenantFirst } from './time-zones';

/** A datalist of IANA time zones, the tenant's first; typing in the input searches it. */
export const TimeZoneOptions = memo(function TimeZoneOptions({
  id,
  tenantZone,
}: {
  id: string;
  tenantZone: string;
}) {
  return (
    <datalist id={id}>
      {zonesTenantFirst(tenantZone).map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});
