import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './when-quiet.ts';

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the work after the quiet spell and an idle moment, not before', () => {
    const work = vi.fn();
    const idle = vi.fn((run: () => void) => run());
    whenQuiet(work, { quietMs: 2000, target: new EventTarget(), idle });
    vi.advanceTimersByTime(1999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle).toHaveBeenCalledOnce();
    expect(work).toHaveBeenCalledOnce();
  });

  it('starts the quiet spell again on every input, and stops listening once it has run', () => {
    const work = vi.fn();
    const target = new EventTarget();
    whenQuiet(work, { quietMs: 2000, target, idle: (run) => run() });
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(1500);
      target.dispatchEvent(new Event(i % 2 ? 'pointermove' : 'wheel'));
    }
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(work).toHaveBeenCalledOnce();
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(5000);
    expect(work).toHaveBeenCalledOnce();
  });
});
