import type { Ref } from 'react';

interface Props {
  /** 'Timeline' on today, 'As of 2015-01-01' on any other day. */
  label: string;
  past: boolean;
  onOpen: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}

/**
 * The timeline on a phone until it is opened: one small button over the map's corner that says which
 * day is shown when it is not today, so the map keeps the screen and a shared link's date stays visible.
 */
export function FoldedTimeline({ label, past, onOpen, buttonRef }: Props) {
  return (
    <button type="button" ref={buttonRef} className="timeline-chip" data-past={past || undefined} aria-expanded={false} data-testid="timeline-open" onClick={onOpen}>
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M7.2 4h1.6v3.6l2.6 1.6-.8 1.3-3.4-2z" fill="currentColor" />
      </svg>
      {label}
    </button>
  );
}
