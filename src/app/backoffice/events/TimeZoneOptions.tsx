import { memo } from 'react';

// The runtime's own list, so every offered zone is one the browser can convert.
const ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** A datalist of IANA time zones for the time-zone input; rendered once, it never changes. */
export const TimeZoneOptions = memo(function TimeZoneOptions({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {ZONES.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});
