/**
 * The back office's list state (filters, search, sort, page) lives in the URL's query string, so a reload,
 * Back and a shared link all show the same list. This is the only module that reads or writes it; a later
 * move to another router changes this file, not the screens.
 */
import { useCallback, useMemo } from 'react';
import { navigate, useLocationSearch } from '../lib/router';

/** Values to set; null or '' removes the parameter, so default states keep a clean URL. */
export type UrlChanges = Record<string, string | number | null>;

export interface UrlState {
  get: (key: string) => string | null;
  /** Pushes a history entry (Back undoes it) unless `replace` is set, as for typing in a search box. */
  set: (changes: UrlChanges, options?: { replace?: boolean }) => void;
}

/** The query string with `changes` applied, keys in a stable order so equal states give equal URLs. */
export function applyUrlChanges(search: string, changes: UrlChanges): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  params.sort();
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function useUrlState(): UrlState {
  const search = useLocationSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useCallback((changes: UrlChanges, options: { replace?: boolean } = {}) => {
    const next = applyUrlChanges(window.location.search, changes);
    if (next === window.location.search) return;
    navigate(`${window.location.pathname}${next}`, options);
  }, []);
  return useMemo(() => ({ get: (key: string) => params.get(key), set }), [params, set]);
}

/** A page number read from the URL: a positive whole number, else 1. */
export function pageFrom(text: string | null): number {
  const page = Number(text);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** One of `allowed`, or null when the URL holds anything else (a stale or hand-edited link). */
export function oneOf<T extends string>(text: string | null, allowed: readonly T[]): T | null {
  return allowed.find((value) => value === text) ?? null;
}
