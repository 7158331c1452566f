import { useSyncExternalStore } from 'react';
import type { SearchEntry } from '../selectors/search.ts';

/**
 * What the header's search box searches and where a choice goes. The box is part of the header from
 * the first paint (index.html's static frame, then hydrated); the atlas view binds its index and its
 * "select and fly" here once the data have arrived, and unbinds when it goes.
 */
export interface SearchBinding {
  index: readonly SearchEntry[];
  onChoose: (id: string) => void;
}

let current: SearchBinding | null = null;
const listeners = new Set<() => void>();

export function bindSearch(binding: SearchBinding | null): void {
  current = binding;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const unbound = () => null;

export function useSearchBinding(): SearchBinding | null {
  return useSyncExternalStore(subscribe, () => current, unbound);
}
