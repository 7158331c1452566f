// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE } from './hash-state.ts';
import { useHashState } from './use-hash-state.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Hook = ReturnType<typeof useHashState>;
let hook: Hook;
let root: Root | null = null;

function Probe() {
  hook = useHashState();
  return null;
}

/** Opens the page at a link and renders the hook, as the app does on load. */
function open(hash: string) {
  history.replaceState(null, '', `/atlas/?x=1${hash}`);
  root = createRoot(document.createElement('div'));
  act(() => root!.render(createElement(Probe)));
}

/** What a click on a link or the Back button does: the address changes, then the event. */
function navigate(hash: string, event: 'hashchange' | 'popstate') {
  history.replaceState(null, '', `/atlas/?x=1${hash}`);
  act(() => {
    window.dispatchEvent(new Event(event));
  });
}

beforeEach(() => {
  history.replaceState(null, '', '/atlas/?x=1');
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  vi.restoreAllMocks();
});

describe('useHashState', () => {
  it('reads the link, names what it could not read, and tidies the address bar without a history entry', () => {
    const entries = history.length;
    open('#lang=en&foo=1&panel=list');
    expect(hook.state).toEqual({ ...DEFAULT_STATE, lang: 'en', panel: 'list' });
    expect(hook.ignored).toEqual(['foo=1']);
    expect(location.hash).toBe('#lang=en&panel=list');
    expect(location.pathname + location.search).toBe('/atlas/?x=1');
    expect(history.length).toBe(entries);
  });

  it('leaves a link it fully understood as it was', () => {
    const replace = vi.spyOn(history, 'replaceState');
    open('#panel=list&lang=en');
    expect(replace).toHaveBeenCalledTimes(1); // open()'s own
    expect(location.hash).toBe('#panel=list&lang=en');
    expect(hook.ignored).toEqual([]);
  });

  it('pushes a history entry for a change, replaces it for a map move, and writes nothing when the link stays the same', () => {
    open('');
    const entries = history.length;
    act(() => hook.update({ panel: 'stats' }));
    expect(hook.state.panel).toBe('stats');
    expect(location.hash).toBe('#panel=stats');
    expect(history.length).toBe(entries + 1);
    act(() => hook.update({ map: { zoom: 9, lat: 22.5, lng: 114 } }, 'replace'));
    expect(location.hash).toBe('#map=9.00/22.5000/114.0000&panel=stats');
    expect(history.length).toBe(entries + 1);
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    act(() => hook.update({ panel: 'stats' }));
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    act(() => hook.replaceState({ ...DEFAULT_STATE, lang: 'en' }));
    expect(hook.state).toEqual({ ...DEFAULT_STATE, lang: 'en' });
    expect(location.hash).toBe('#lang=en');
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('drops the hash, keeping the path and query, when the state is back at the defaults', () => {
    open('#panel=list');
    act(() => hook.update({ panel: null }));
    expect(location.href).toBe(`${location.origin}/atlas/?x=1`);
    expect(hook.state).toEqual(DEFAULT_STATE);
  });

  it('follows a link change or Back, keeping every value the new link leaves equal', () => {
    open('#types=water,land&status=open');
    const before = hook.state;
    navigate('#types=water,land&status=open,planned', 'hashchange');
    expect(hook.state.status).toEqual(['planned', 'open']);
    expect(hook.state.types).toBe(before.types);
    expect(hook.ignored).toEqual([]);
    // Later updates start from the state the link gave.
    act(() => hook.update({ panel: 'list' }));
    expect(location.hash).toBe('#types=water,land&status=planned,open&panel=list');
    navigate('#lang=en&bad=1', 'popstate');
    expect(hook.state).toEqual({ ...DEFAULT_STATE, lang: 'en' });
    expect(hook.ignored).toEqual(['bad=1']);
    // A clean link afterwards keeps the notice until it is dismissed.
    navigate('#lang=en&panel=list', 'hashchange');
    expect(hook.state.panel).toBe('list');
    expect(hook.ignored).toEqual(['bad=1']);
  });

  it('ignores the event of a change it wrote itself', () => {
    open('#panel=list');
    act(() => hook.update({ lang: 'en' }));
    const state = hook.state;
    navigate('#panel=list&lang=en', 'hashchange');
    // Not the written form (#lang=en&panel=list): read again, equal values kept.
    expect(hook.state).not.toBe(state);
    expect(hook.state).toEqual(state);
    const again = hook.state;
    navigate('#lang=en&panel=list', 'hashchange');
    expect(hook.state).toBe(again);
  });

  it('adds to the notice, clears it on dismiss, and stops listening once unmounted', () => {
    open('#foo=1');
    act(() => hook.notify(['city=999999']));
    expect(hook.ignored).toEqual(['foo=1', 'city=999999']);
    act(() => hook.dismissIgnored());
    expect(hook.ignored).toEqual([]);
    const removed = vi.spyOn(window, 'removeEventListener');
    act(() => root!.unmount());
    root = null;
    const handlers = (type: string) => removed.mock.calls.filter(([t]) => t === type).map(([, handler]) => handler);
    expect(handlers('hashchange')).toHaveLength(1);
    expect(handlers('popstate')).toEqual(handlers('hashchange'));
  });

  it('listens to both events with one handler', () => {
    const added = vi.spyOn(window, 'addEventListener');
    open('');
    const handlers = (type: string) => added.mock.calls.filter(([t]) => t === type).map(([, handler]) => handler);
    expect(handlers('hashchange')).toHaveLength(1);
    expect(handlers('popstate')).toEqual(handlers('hashchange'));
  });
});
