/**
 * Moves focus to the new screen's main heading when the back-office path changes, so keyboard and
 * screen-reader users start at the new content instead of on the link they followed. Screens mark that
 * heading with tabIndex -1. Some screens show their heading only once their data has loaded, so the move
 * waits for it to appear, and gives up if the person has put focus somewhere else in the meantime.
 */
import { useEffect, type RefObject } from 'react';

const SCREEN_HEADING = 'h1[tabindex="-1"]';

/** Focus that fell back to the page (its element was unmounted) is not a choice the person made. */
function focusMovedFrom(before: Element | null): boolean {
  const now = document.activeElement;
  return now !== before && now !== null && now !== document.body;
}

export function useFocusHeadingOnPathChange(containerRef: RefObject<HTMLElement | null>, pathname: string) {
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const focusedAtChange = document.activeElement;
    // True when there is nothing left to do: the heading took focus, or the person moved on.
    const settle = (): boolean => {
      if (focusMovedFrom(focusedAtChange)) return true;
      const heading = container.querySelector<HTMLElement>(SCREEN_HEADING);
      heading?.focus();
      return heading !== null;
    };
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [containerRef, pathname]);
}
