/**
 * The language the app's words are written in (British English). Dates, times and numbers are formatted
 * in it too, so "2 Dec 2026, 19:30" never sits beside US-style "12/2/26 7:30 PM" on one screen.
 */
export const APP_LOCALE = 'en-GB';

/** The device's own time zone, against which other zones are labelled. */
export function deviceTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
