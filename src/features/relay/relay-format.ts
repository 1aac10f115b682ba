/**
 * Small formatters for the door lead's page, through the app's one clock (lib/event-time): the relay serves
 * the whole venue, not one event, so its times are on the device's clock, in the one format and language
 * of every door screen.
 */
import { formatAgo, formatDeviceDateTime } from '../../lib/event-time';

/** "08:25", "Wed 2 Dec 23:58" on another day, or "—". */
export function clock(iso: string | null | undefined): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '—';
  return formatDeviceDateTime(iso);
}

/** "3 min ago", "just now". */
export function ago(iso: string, now: Date): string {
  return formatAgo(iso, now);
}

/** Saves text as a file through a temporary object URL. */
export function saveTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
